import { Injectable } from '@angular/core';
import { HTTP } from '@awesome-cordova-plugins/http/ngx';
import { Platform } from '@ionic/angular';

@Injectable({ providedIn: 'root' })
export class PinningService {
  constructor(private readonly http: HTTP, private readonly platform: Platform) {}

  async configure(): Promise<void> {
    await this.platform.ready();
    this.http.setDataSerializer('json');
  }
}
