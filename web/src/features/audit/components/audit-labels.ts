import type { AuditAction } from '../../../api/types';
import type { MessageKey } from '../../../lib/i18n';

export const AUDIT_ACTIONS: readonly AuditAction[] = ['create', 'update', 'delete'];

export const ACTION_LABEL: Record<AuditAction, MessageKey> = {
  create: 'audit.actionCreate',
  update: 'audit.actionUpdate',
  delete: 'audit.actionDelete',
};
