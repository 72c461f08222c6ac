import { Injectable } from '@angular/core';
import { HTTP } from '@awesome-cordova-plugins/http/ngx';

const PINNED = 'pinned';

@Injectable({ providedIn: 'root' })
export class PinningService {
  constructor(private readonly http: HTTP) {}

  enable(): Promise<void> {
    return this.http
      .setServerTrustMode(PINNED) // ph-expect: cordova-http-pinned-mode
      .then(() => console.info('pinning on'))
      .catch((e: unknown) => console.error('pinning failed', e));
  }

  /** Debug menu only: lets QA use Charles against a staging build. */
  disableForQa(isQaBuild: boolean): Promise<void> | undefined {
    if (!isQaBuild) return undefined;
    return this.http.setServerTrustMode('nocheck'); // ph-expect: cordova-http-nocheck-mode
  }
}
