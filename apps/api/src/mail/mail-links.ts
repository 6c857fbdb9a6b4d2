import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config';

/**
 * Where links in mail point: PUBLIC_URL, or else the server's own URL (set by the server once it listens; a
 * separate worker without PUBLIC_URL falls back to localhost on PORT, which is why operators set PUBLIC_URL).
 */
@Injectable()
export class MailLinks {
  private serverUrl: string;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.serverUrl = `http://localhost:${config.port}`;
  }

  get baseUrl(): string {
    return this.config.publicUrl ?? this.serverUrl;
  }

  setServerUrl(url: string): void {
    this.serverUrl = url;
  }
}
