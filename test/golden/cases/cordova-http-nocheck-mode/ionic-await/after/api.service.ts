import { Injectable } from '@angular/core';
import { HTTP } from '@awesome-cordova-plugins/http/ngx';
import { Platform } from '@ionic/angular';

@Injectable({ providedIn: 'root' })
export class ApiService {
  private ready: Promise<void>;

  constructor(private http: HTTP, private platform: Platform) {
    this.ready = this.configure();
  }

  private async configure(): Promise<void> {
    await this.platform.ready();
    this.http.setHeader('*', 'X-Client', 'harbor-mobile');
  }
}
