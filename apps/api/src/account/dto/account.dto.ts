import { ACCOUNT_EVENT_KINDS, type AccountEventKind, isZoneName, LIMITS, type Locale, LOCALES } from '@common-ground/domain';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsString,
  MaxLength,
  MinLength,
  Validate,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class ForgotPasswordDto {
  @ApiProperty({ example: 'amina@example.org', maxLength: LIMITS.emailMax })
  @Transform(trim)
  @IsEmail({}, { message: 'Enter a valid e-mail address.' })
  @MaxLength(LIMITS.emailMax)
  email!: string;
}

export class ResetPasswordDto {
  @ApiProperty({ description: 'The token from the link in the mail.', maxLength: 100 })
  @IsString()
  @MaxLength(100)
  token!: string;

  @ApiProperty({ minLength: LIMITS.passwordMin, maxLength: LIMITS.passwordMax })
  @IsString()
  @MinLength(LIMITS.passwordMin, { message: `Use at least ${LIMITS.passwordMin} characters.` })
  @MaxLength(LIMITS.passwordMax)
  password!: string;
}

export class ConfirmEmailDto {
  @ApiProperty({ description: 'The token from the link in the mail.', maxLength: 100 })
  @IsString()
  @MaxLength(100)
  token!: string;
}

export class UpdateProfileDto {
  @ApiProperty({ example: 'Amina Yusuf', minLength: 1, maxLength: LIMITS.displayNameMax })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Enter your name.' })
  @MaxLength(LIMITS.displayNameMax)
  displayName!: string;
}

export class SetLocaleDto {
  @ApiProperty({ enum: LOCALES, enumName: 'Locale', example: 'fr' })
  @IsIn(LOCALES, { message: `must be one of ${LOCALES.join(', ')}` })
  locale!: Locale;
}

@ValidatorConstraint({ name: 'timezone' })
class TimeZoneOrNullConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return value === null || (typeof value === 'string' && isZoneName(value));
  }
  defaultMessage(): string {
    return 'must be an IANA time zone such as Africa/Nairobi, or null for the device’s zone';
  }
}

export class SetTimeZoneDto {
  @ApiProperty({
    type: String,
    nullable: true,
    maxLength: 64,
    example: 'Africa/Nairobi',
    description: 'An IANA time zone, or null to use the device’s zone again.',
  })
  @Validate(TimeZoneOrNullConstraint)
  timeZone!: string | null;
}

export class ChangePasswordDto {
  @ApiProperty({ maxLength: LIMITS.passwordMax })
  @IsString()
  @MinLength(1, { message: 'Enter your current password.' })
  @MaxLength(LIMITS.passwordMax)
  currentPassword!: string;

  @ApiProperty({ minLength: LIMITS.passwordMin, maxLength: LIMITS.passwordMax })
  @IsString()
  @MinLength(LIMITS.passwordMin, { message: `Use at least ${LIMITS.passwordMin} characters.` })
  @MaxLength(LIMITS.passwordMax)
  newPassword!: string;
}

export class ChangeEmailDto {
  @ApiProperty({ example: 'amina@example.org', maxLength: LIMITS.emailMax })
  @Transform(trim)
  @IsEmail({}, { message: 'Enter a valid e-mail address.' })
  @MaxLength(LIMITS.emailMax)
  newEmail!: string;

  @ApiProperty({ maxLength: LIMITS.passwordMax })
  @IsString()
  @MinLength(1, { message: 'Enter your current password.' })
  @MaxLength(LIMITS.passwordMax)
  currentPassword!: string;
}

export class AccountDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: LOCALES, enumName: 'Locale', nullable: true, description: 'The person’s language; null until chosen.' })
  locale!: Locale | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Africa/Nairobi',
    description: 'The person’s own IANA time zone; null until chosen.',
  })
  timeZone!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'A new address waiting for its confirmation link to be opened.' })
  pendingEmail!: string | null;
}

export class EmailChangeRequestedDto {
  @ApiProperty() pendingEmail!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
}

export class AcceptedDto {
  @ApiProperty() message!: string;
}

export class EmailConfirmedDto {
  @ApiProperty() email!: string;
}

export class AccountSessionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Chromium on Linux' }) device!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) lastActiveAt!: string;
  @ApiProperty({ description: 'The session this request came from.' }) current!: boolean;
}

export class AccountSessionListDto {
  @ApiProperty({ type: [AccountSessionDto] }) items!: AccountSessionDto[];
}

export class SessionsEndedDto {
  @ApiProperty() ended!: number;
}

export class AccountEventDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ACCOUNT_EVENT_KINDS, enumName: 'AccountEventKind' }) kind!: AccountEventKind;
  @ApiProperty({ type: String, nullable: true }) device!: string | null;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
}

export class AccountEventListDto {
  @ApiProperty({ type: [AccountEventDto] }) items!: AccountEventDto[];
}
