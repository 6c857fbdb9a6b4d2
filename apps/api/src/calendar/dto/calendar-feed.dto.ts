import { ApiProperty } from '@nestjs/swagger';

export class CalendarFeedDto {
  @ApiProperty({ description: 'The signed-in person has a feed for this process' }) active!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the current URL was made' }) createdAt!:
    string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The secret feed URL: given only when it is made or rotated (only its hash is kept); null otherwise',
  })
  url!: string | null;
}
