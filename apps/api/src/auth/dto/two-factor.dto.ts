import { LIMITS, TWO_FACTOR } from '@common-ground/domain';
import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

export class TwoFactorCodeDto {
  @ApiProperty({ description: 'The six digits of the authenticator app, or an unused recovery code', maxLength: TWO_FACTOR.codeMax })
  @IsString()
  @MinLength(1, { message: 'Type the code.' })
  @MaxLength(TWO_FACTOR.codeMax)
  code!: string;
}

/** Turning two-factor off or renewing recovery codes: a current code, or the password. */
export class TwoFactorProofDto {
  @ApiProperty({ required: false, maxLength: TWO_FACTOR.codeMax, description: 'A code from the app, or a recovery code' })
  @IsOptional()
  @IsString()
  @MaxLength(TWO_FACTOR.codeMax)
  code?: string;

  @ApiProperty({ required: false, maxLength: LIMITS.passwordMax })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.passwordMax)
  password?: string;
}

export class TwoFactorStatusDto {
  @ApiProperty() enabled!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) enabledAt!: string | null;
  @ApiProperty({ description: 'Recovery codes not used yet' }) recoveryCodesLeft!: number;
}

export class TwoFactorEnrolmentDto {
  @ApiProperty({ description: 'The secret in base32, to type into an app that cannot scan; shown only during enrolment' }) secret!: string;
  @ApiProperty({ description: 'The otpauth:// URI the QR code holds' }) otpauthUri!: string;
  @ApiProperty({ description: 'The QR code as an SVG data URL' }) qrCode!: string;
}

export class RecoveryCodesDto {
  @ApiProperty({ type: [String], description: 'Shown once: only their hashes are kept' }) recoveryCodes!: string[];
}
