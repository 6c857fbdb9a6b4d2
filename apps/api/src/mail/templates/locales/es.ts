import { type MailCatalog, plural, roleName } from '../catalog.types';

const invitationNote = 'Si no esperaba esta invitación, ignore este correo: no pasará nada a menos que abra el enlace.';

const OUTCOMES = { accepted: 'aceptada', rejected: 'rechazada', withdrawn: 'retirada' } as const;

export const es: MailCatalog = {
  dir: 'ltr',
  signature: 'Common Ground',
  linkHint: 'Si el botón no funciona, copie este enlace en su navegador:',
  roles: {
    owner: 'propietario',
    admin: 'administrador',
    member: 'miembro',
    convener: 'convocante',
    facilitator: 'facilitador',
    secretariat: 'secretaría',
    participant: 'participante',
    observer: 'observador',
  },
  details: (item, f) =>
    [item.processTitle ?? null, item.dueOn ? `vence el ${f.date(item.dueOn)}` : null].filter((part) => part !== null).join(' · '),
  describe: (n, f) => {
    switch (n.kind) {
      case 'charter_to_sign':
        return `La versión ${n.params.version} de la carta está adoptada y espera su firma.`;
      case 'charter_signed':
        return `${n.params.signerName ?? 'Un participante'} firmó la versión ${n.params.version} de la carta.`;
      case 'amendment_proposed':
        return `${n.params.proposerName ?? 'Un participante'} propuso una enmienda a «${n.params.sectionLabel}» en la versión ${n.params.version} de la carta.`;
      case 'amendment_decided':
        return `Su enmienda a «${n.params.sectionLabel}» en la versión ${n.params.version} de la carta fue ${OUTCOMES[n.params.outcome]}.`;
      case 'action_assigned':
        return `Usted es responsable de la acción «${n.params.actionTitle}»${n.params.dueOn ? `, que vence el ${f.date(n.params.dueOn)}` : ''}.`;
      case 'action_overdue':
        return `La acción «${n.params.actionTitle}» vencía el ${f.date(n.params.dueOn)} y no está terminada.`;
      case 'report_back_due':
        return n.params.overdue
          ? `Su informe a la base debía presentarse el ${f.date(n.params.dueOn)}.`
          : `Su próximo informe a la base debe presentarse el ${f.date(n.params.dueOn)}.`;
      case 'milestone_due':
        return `El hito «${n.params.milestoneTitle}» vence el ${f.date(n.params.dueOn)}.`;
      case 'meeting_invited':
        return `Se le invita a «${n.params.meetingTitle}», el ${f.dateTime(n.params.startsAt, n.params.timeZone)}.`;
      case 'meeting_changed':
        return n.params.change === 'cancelled'
          ? `La reunión «${n.params.meetingTitle}» del ${f.dateTime(n.params.startsAt, n.params.timeZone)} queda cancelada.`
          : `La reunión «${n.params.meetingTitle}» ha cambiado: ahora se celebra el ${f.dateTime(n.params.startsAt, n.params.timeZone)}.`;
      case 'meeting_reminder':
        return `Recordatorio: «${n.params.meetingTitle}» se celebra el ${f.dateTime(n.params.startsAt, n.params.timeZone)}.`;
      case 'minutes_to_review':
        return `El acta de «${n.params.meetingTitle}» está lista para su revisión.`;
      case 'minutes_approved':
        return `El acta de «${n.params.meetingTitle}» ha sido aprobada.`;
    }
  },
  messages: {
    'workspace-invitation': (p, f) => ({
      subject: `${p.inviterName} le invita a ${p.workspaceName} en Common Ground`,
      paragraphs: [
        `${p.inviterName} le invita a unirse al espacio de trabajo «${p.workspaceName}» en Common Ground como ${roleName(es, p.role)}.`,
        `El enlace funciona una sola vez y caduca el ${f.dateTime(p.expiresAt)}. Podrá crear una cuenta al abrirlo.`,
      ],
      action: { label: 'Aceptar la invitación', path: p.path },
      note: invitationNote,
    }),
    'process-invitation': (p, f) => ({
      subject: `${p.inviterName} le invita a participar en «${p.processTitle}»`,
      paragraphs: [
        `${p.inviterName} le invita a participar en «${p.processTitle}» (${p.workspaceName}) como ${roleName(es, p.role)}.`,
        `El enlace funciona una sola vez y caduca el ${f.dateTime(p.expiresAt, p.timeZone)}. Podrá crear una cuenta al abrirlo.`,
      ],
      action: { label: 'Aceptar la invitación', path: p.path },
      note: invitationNote,
    }),
    'charter-to-sign': (p) => ({
      subject: `La carta de «${p.processTitle}» espera su firma`,
      paragraphs: [
        `La versión ${p.version} de la carta de «${p.processTitle}» se ha propuesto para su firma. Léala y, después, fírmela o indique qué cambiaría.`,
      ],
      action: { label: 'Leer la carta', path: p.path },
    }),
    'amendment-proposed': (p) => ({
      subject: `Enmienda propuesta en «${p.processTitle}»: ${p.amendmentTitle}`,
      paragraphs: [
        p.proposerName === null
          ? `Se ha propuesto una enmienda «${p.amendmentTitle}» a la carta de «${p.processTitle}».`
          : `${p.proposerName} propuso una enmienda «${p.amendmentTitle}» a la carta de «${p.processTitle}».`,
      ],
      action: { label: 'Leer la enmienda', path: p.path },
    }),
    'amendment-decided': (p) => ({
      subject: `Enmienda ${OUTCOMES[p.outcome]} en «${p.processTitle}»: ${p.amendmentTitle}`,
      paragraphs: [`La enmienda «${p.amendmentTitle}» a la carta de «${p.processTitle}» ha sido ${OUTCOMES[p.outcome]}.`],
      action: { label: 'Ver la carta', path: p.path },
    }),
    'action-assigned': (p, f) => ({
      subject: `Una acción de «${p.processTitle}» está a su cargo: ${p.actionTitle}`,
      paragraphs: [
        `Ahora es responsable de la acción «${p.actionTitle}» en «${p.processTitle}».`,
        ...(p.dueOn ? [`Vence el ${f.date(p.dueOn)}.`] : []),
      ],
      action: { label: 'Abrir la acción', path: p.path },
    }),
    'actions-overdue': (p, f) => ({
      subject: plural(f, p.items.length, {
        one: 'Una acción a su cargo está vencida',
        other: '# acciones a su cargo están vencidas',
      }),
      paragraphs: ['Estas acciones a su cargo han superado su fecha límite. Actualice su avance o explique a su grupo qué lo impide.'],
      items: p.items,
    }),
    'report-backs-due': (p, f) => ({
      subject: plural(f, p.items.length, {
        one: 'Hay un informe a la base pendiente',
        other: 'Hay # informes a la base pendientes',
      }),
      paragraphs: ['Su grupo debe estos informes a la base a las personas ante las que rinde cuentas.'],
      items: p.items,
    }),
    'milestones-due': (p, f) => ({
      subject: plural(f, p.items.length, { one: 'Un hito vence pronto', other: '# hitos vencen pronto' }),
      paragraphs: ['Estos hitos están por vencer. Registre en qué punto se encuentran.'],
      items: p.items,
    }),
    'password-reset': (p, f) => ({
      subject: 'Restablezca su contraseña de Common Ground',
      paragraphs: [
        `Alguien pidió restablecer la contraseña de su cuenta de Common Ground. El enlace funciona una sola vez y caduca el ${f.dateTime(p.expiresAt)}.`,
      ],
      action: { label: 'Elegir una contraseña nueva', path: p.path },
      note: 'Si no fue usted, ignore este correo: su contraseña no cambia.',
    }),
    'email-change': (p, f) => ({
      subject: 'Confirme su nueva dirección de correo para Common Ground',
      paragraphs: [
        `Confirme que ${p.newAddress} es la nueva dirección de correo de su cuenta de Common Ground.`,
        `El enlace funciona una sola vez y caduca el ${f.dateTime(p.expiresAt)}.`,
      ],
      action: { label: 'Confirmar esta dirección', path: p.path },
      note: 'Si no lo pidió, ignore este correo: la cuenta conserva su dirección.',
    }),
    'new-device': (p, f) => ({
      subject: 'Nuevo inicio de sesión en su cuenta de Common Ground',
      paragraphs: [`Se inició sesión en su cuenta desde ${p.device} el ${f.dateTime(p.at)}.`],
      action: { label: 'Revisar sus sesiones', path: p.path },
      note: 'Si no fue usted, cambie su contraseña y cierre esa sesión.',
    }),
    'daily-digest': (p, f) => ({
      subject: `Su día en Common Ground: ${plural(f, p.items.length, { one: 'una novedad', other: '# novedades' })}`,
      paragraphs: ['Esto es lo que cambió en sus procesos desde ayer.'],
      items: p.items,
    }),
    'meeting-notice': (p, f) => {
      const n = p.notice;
      const t = n.params.meetingTitle;
      const subjects = {
        meeting_invited: `Invitación: ${t} (${n.params.processTitle})`,
        meeting_changed: `${'change' in n.params && n.params.change === 'cancelled' ? 'Reunión cancelada' : 'Reunión modificada'}: ${t}`,
        meeting_reminder: `Mañana: ${t}`,
        minutes_to_review: `Acta para revisar: ${t}`,
        minutes_approved: `Acta aprobada: ${t}`,
      };
      const actions = {
        meeting_invited: 'Responder a la invitación',
        meeting_changed: 'Ver la reunión',
        meeting_reminder: 'Ver la reunión',
        minutes_to_review: 'Revisar el acta',
        minutes_approved: 'Leer el acta',
      };
      const where = 'place' in n.params ? n.params : null;
      return {
        subject: subjects[n.kind],
        paragraphs: [
          es.describe(n, f),
          ...(where?.place ? [`Lugar: ${where.place}`] : []),
          ...(where?.link ? [`Enlace: ${where.link}`] : []),
        ],
        action: { label: actions[n.kind], path: p.path },
      };
    },
  },
};
