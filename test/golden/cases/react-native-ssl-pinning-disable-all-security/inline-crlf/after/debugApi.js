export const ping = (host) => fetch(`https://${host}/ping`, { method: 'GET', timeoutInterval: 3000 });
