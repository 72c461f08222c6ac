import React, {useEffect, useState} from 'react';
import {ActivityIndicator} from 'react-native';
import {loadSession} from './session';
import Navigator from './Navigator';

export function Root() {
  const [session, setSession] = useState(null);

  useEffect(() => {
    loadSession().then(setSession);
  }, []);

  if (session === null) {
    return <ActivityIndicator size="large" />;
  }
  return <Navigator session={session} />;
}
