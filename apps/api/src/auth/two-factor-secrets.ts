import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes, randomInt } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { formatRecoveryCode, RECOVERY_ALPHABET, TWO_FACTOR } from '@common-ground/domain';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import { APP_CONFIG, type AppConfig } from '../config/config';

const FORMAT = 'v1';

/**
 * The cryptography of two-factor sign-in, in one place: TOTP secrets are encrypted at rest with AES-256-GCM
 * (key: HKDF of TWO_FACTOR_KEY, or of the session secret when that is unset), codes checked with otpauth,
 * recovery codes drawn from a CSPRNG and kept only as SHA-256 (they carry 60 random bits, and guessing is
 * throttled, so a slow hash would add nothing).
 */
@Injectable()
export class TwoFactorSecrets {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const material = config.twoFactorKey ?? config.sessionSecret;
    if (!material) throw new Error('Two-factor sign-in needs TWO_FACTOR_KEY or a session secret');
    this.key = Buffer.from(hkdfSync('sha256', material, 'common-ground', 'totp-secret-encryption-v1', 32));
  }

  newSecret(): string {
    return new Secret({ size: 20 }).base32;
  }

  encrypt(secret: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return [FORMAT, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join(':');
  }

  decrypt(stored: string): string {
    const [format, iv, tag, body] = stored.split(':');
    if (format !== FORMAT || !iv || !tag || !body) throw new Error('Unknown two-factor secret format');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  }

  private totp(secret: string, label: string): TOTP {
    return new TOTP({
      issuer: TWO_FACTOR.issuer,
      label,
      algorithm: 'SHA1',
      digits: TWO_FACTOR.digits,
      period: TWO_FACTOR.periodSeconds,
      secret: Secret.fromBase32(secret),
    });
  }

  /** What an authenticator app reads from the QR code. */
  uri(secret: string, label: string): string {
    return this.totp(secret, label).toString();
  }

  /** The QR code of the URI, as an SVG data URL (the CSP allows data: images). */
  async qrCode(uri: string): Promise<string> {
    const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  }

  /** The 30-second step the code belongs to (now, or one step either side), or null when it is wrong. */
  stepOf(secret: string, code: string, now = Date.now()): number | null {
    const delta = this.totp(secret, 'check').validate({ token: code, timestamp: now, window: TWO_FACTOR.window });
    return delta === null ? null : Math.floor(now / 1000 / TWO_FACTOR.periodSeconds) + delta;
  }

  newRecoveryCodes(): string[] {
    return Array.from({ length: TWO_FACTOR.recoveryCodes }, () =>
      Array.from({ length: TWO_FACTOR.recoveryCodeLength }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join(''),
    );
  }

  /** The stored form of a recovery code, from its compact form (`ABCDEFGHJKMN`). */
  hashRecoveryCode(compact: string): string {
    return createHash('sha256').update(compact).digest('hex');
  }

  display(codes: readonly string[]): string[] {
    return codes.map(formatRecoveryCode);
  }
}
