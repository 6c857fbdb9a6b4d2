import { type DynamicModule, Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { MailCatcher } from './mail-catcher';
import { MailLinks } from './mail-links';
import { MAIL_TRANSPORT, MailSenderJob } from './mail-sender.job';
import { createMailTransport } from './mail-transport';

/** The in-process SMTP catcher of development (null unless MAIL_CATCHER, i.e. development without SMTP_URL). */
export const DEV_MAIL_CATCHER = Symbol('DEV_MAIL_CATCHER');

/** E-mail: the outbox's sender job, the SMTP transport, and in development the local catcher. */
@Global()
@Module({})
export class MailModule implements OnApplicationShutdown {
  constructor(@Inject(DEV_MAIL_CATCHER) private readonly catcher: MailCatcher | null) {}

  static forRoot(): DynamicModule {
    return {
      module: MailModule,
      providers: [
        {
          provide: DEV_MAIL_CATCHER,
          inject: [APP_CONFIG],
          useFactory: async (config: AppConfig) => (config.mail.catcher ? MailCatcher.start() : null),
        },
        {
          provide: MAIL_TRANSPORT,
          inject: [APP_CONFIG, DEV_MAIL_CATCHER],
          useFactory: (config: AppConfig, catcher: MailCatcher | null) => createMailTransport(config, catcher),
        },
        MailLinks,
        MailSenderJob,
      ],
      exports: [DEV_MAIL_CATCHER, MailLinks],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.catcher?.close();
  }
}
