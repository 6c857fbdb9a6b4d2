import { Global, Module } from '@nestjs/common';
import { ProcessAuditController, WorkspaceAuditController } from './audit.controller';
import { AuditVerificationJob } from './audit-verification.job';
import { AuditRepository } from './audit.repository';
import { AuditService } from './audit.service';

/** The tamper-evident audit trail: the chain appended by the transaction interceptor, its reading and verification. */
@Global()
@Module({
  controllers: [WorkspaceAuditController, ProcessAuditController],
  providers: [AuditService, AuditRepository, AuditVerificationJob],
  exports: [AuditService, AuditRepository],
})
export class AuditModule {}
