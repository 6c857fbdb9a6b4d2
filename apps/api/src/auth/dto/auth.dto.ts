import { LIMITS, type Locale, LOCALES } from '@common-ground/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class SignUpDto {
  @ApiProperty({ example: 'amina@example.org', maxLength: LIMITS.emailMax })
  @Transform(trim)
  @IsEmail({}, { message: 'Enter a valid e-mail address.' })
  @MaxLength(LIMITS.emailMax)
  email!: string;

  @ApiProperty({ minLength: LIMITS.passwordMin, maxLength: LIMITS.passwordMax })
  @IsString()
  @MinLength(LIMITS.passwordMin, { message: `Use at least ${LIMITS.passwordMin} characters.` })
  @MaxLength(LIMITS.passwordMax)
  password!: string;

  @ApiProperty({ example: 'Amina Yusuf', minLength: 1, maxLength: LIMITS.displayNameMax })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Enter your name.' })
  @MaxLength(LIMITS.displayNameMax)
  displayName!: string;

  @ApiPropertyOptional({ enum: LOCALES, enumName: 'Locale', description: 'The language the person signed up in; kept on the account.' })
  @IsOptional()
  @IsIn(LOCALES, { message: `must be one of ${LOCALES.join(', ')}` })
  locale?: Locale;
}

export class SignInDto {
  @ApiProperty({ maxLength: LIMITS.emailMax })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Enter your e-mail address.' })
  @MaxLength(LIMITS.emailMax)
  email!: string;

  @ApiProperty({ maxLength: LIMITS.passwordMax })
  @IsString()
  @MinLength(1, { message: 'Enter your password.' })
  @MaxLength(LIMITS.passwordMax)
  password!: string;
}

export class UserDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: LOCALES, enumName: 'Locale', nullable: true, description: 'The person’s language; null until chosen.' })
  locale!: Locale | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Africa/Nairobi',
    description: 'The person’s own IANA time zone; null until chosen (then the browser’s).',
  })
  timeZone!: string | null;
}

export class SessionDto {
  @ApiProperty({ type: UserDto, nullable: true }) user!: UserDto | null;
  @ApiProperty({ description: 'Send as X-CSRF-Token on every write.' }) csrfToken!: string;
  @ApiProperty({ description: 'The password was right; send the two-factor code to POST /api/v1/auth/two-factor to finish signing in.' })
  twoFactorPending!: boolean;
}
