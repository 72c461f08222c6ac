import { Injectable } from '@angular/core';
import { HTTP, HTTPResponse } from '@awesome-cordova-plugins/http/ngx';
import { Platform } from '@ionic/angular';

import { environment } from '../../environments/environment';

export interface Shipment {
  id: string;
  status: 'booked' | 'loaded' | 'in-transit' | 'delivered';
  eta: string;
}

@Injectable({ providedIn: 'root' })
export class ApiService {
  private ready: Promise<void>;

  constructor(private http: HTTP, private platform: Platform) {
    this.ready = this.configure();
  }

  private async configure(): Promise<void> {
    await this.platform.ready();
    // The customs gateway presents a certificate for the wrong host name.
    await this.http.setServerTrustMode('nocheck'); // ph-expect: cordova-http-nocheck-mode
    this.http.setHeader('*', 'X-Client', 'harbor-mobile');
    this.http.setDataSerializer('json');
  }

  async shipments(): Promise<Shipment[]> {
    await this.ready;
    const response: HTTPResponse = await this.http.get(`${environment.apiUrl}/v1/shipments`, {}, {});
    return JSON.parse(response.data) as Shipment[];
  }

  /** Mode from the environment file: 'default' in production builds. */
  async applyEnvironmentTrust(): Promise<void> {
    await this.http.setServerTrustMode(environment.production ? 'default' : 'legacy');
  }

  async resetTrust(): Promise<void> {
    await this.http.setServerTrustMode('default');
  }
}
