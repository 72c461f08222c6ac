import { Injectable } from '@angular/core';
import { HTTP } from '@awesome-cordova-plugins/http/ngx';

@Injectable({ providedIn: 'root' })
export class QaService {
  constructor(private readonly http: HTTP) {}

  /** Lets QA use a proxy against staging builds. */
  disableChecks(): Promise<void> {
    return this.http.setServerTrustMode('nocheck').then(() => this.http.setHeader('*', 'X-QA', '1'));
  }
}
