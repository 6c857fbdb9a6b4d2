import { type MailCatalog, plural, roleName } from '../catalog.types';

const invitationNote =
  'Si vous n’attendiez pas cette invitation, ignorez ce courriel : rien ne se passe tant que vous n’ouvrez pas le lien.';

const OUTCOMES = { accepted: 'accepté', rejected: 'rejeté', withdrawn: 'retiré' } as const;

export const fr: MailCatalog = {
  dir: 'ltr',
  signature: 'Common Ground',
  linkHint: 'Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :',
  roles: {
    owner: 'propriétaire',
    admin: 'administrateur',
    member: 'membre',
    convener: 'organisateur',
    facilitator: 'facilitateur',
    secretariat: 'secrétariat',
    participant: 'participant',
    observer: 'observateur',
  },
  details: (item, f) =>
    [item.processTitle ?? null, item.dueOn ? `échéance le ${f.date(item.dueOn)}` : null].filter((part) => part !== null).join(' · '),
  describe: (n, f) => {
    switch (n.kind) {
      case 'charter_to_sign':
        return `La version ${n.params.version} de la charte est adoptée et attend votre signature.`;
      case 'charter_signed':
        return `${n.params.signerName ?? 'Un participant'} a signé la version ${n.params.version} de la charte.`;
      case 'amendment_proposed':
        return `${n.params.proposerName ?? 'Un participant'} a proposé un amendement à « ${n.params.sectionLabel} » dans la version ${n.params.version} de la charte.`;
      case 'amendment_decided':
        return `Votre amendement à « ${n.params.sectionLabel} » dans la version ${n.params.version} de la charte a été ${OUTCOMES[n.params.outcome]}.`;
      case 'action_assigned':
        return `L’action « ${n.params.actionTitle} » vous est confiée${n.params.dueOn ? `, échéance le ${f.date(n.params.dueOn)}` : ''}.`;
      case 'action_overdue':
        return `L’action « ${n.params.actionTitle} » arrivait à échéance le ${f.date(n.params.dueOn)} et n’est pas terminée.`;
      case 'report_back_due':
        return n.params.overdue
          ? `Votre compte rendu était attendu le ${f.date(n.params.dueOn)}.`
          : `Votre prochain compte rendu est attendu le ${f.date(n.params.dueOn)}.`;
      case 'milestone_due':
        return `Le jalon « ${n.params.milestoneTitle} » arrive à échéance le ${f.date(n.params.dueOn)}.`;
      case 'meeting_invited':
        return `Une invitation vous est adressée pour « ${n.params.meetingTitle} », le ${f.dateTime(n.params.startsAt, n.params.timeZone)}.`;
      case 'meeting_changed':
        return n.params.change === 'cancelled'
          ? `La réunion « ${n.params.meetingTitle} » du ${f.dateTime(n.params.startsAt, n.params.timeZone)} est annulée.`
          : `La réunion « ${n.params.meetingTitle} » a changé : elle a désormais lieu le ${f.dateTime(n.params.startsAt, n.params.timeZone)}.`;
      case 'meeting_reminder':
        return `Rappel : « ${n.params.meetingTitle} » a lieu le ${f.dateTime(n.params.startsAt, n.params.timeZone)}.`;
      case 'minutes_to_review':
        return `Le procès-verbal de « ${n.params.meetingTitle} » attend votre relecture.`;
      case 'minutes_approved':
        return `Le procès-verbal de « ${n.params.meetingTitle} » est approuvé.`;
    }
  },
  messages: {
    'workspace-invitation': (p, f) => ({
      subject: `${p.inviterName} vous invite à rejoindre ${p.workspaceName} sur Common Ground`,
      paragraphs: [
        `${p.inviterName} vous invite à rejoindre l’espace de travail « ${p.workspaceName} » sur Common Ground en tant que ${roleName(fr, p.role)}.`,
        `Le lien ne fonctionne qu’une fois et expire le ${f.dateTime(p.expiresAt)}. Vous pourrez créer un compte en l’ouvrant.`,
      ],
      action: { label: 'Accepter l’invitation', path: p.path },
      note: invitationNote,
    }),
    'process-invitation': (p, f) => ({
      subject: `${p.inviterName} vous invite à participer à « ${p.processTitle} »`,
      paragraphs: [
        `${p.inviterName} vous invite à participer à « ${p.processTitle} » (${p.workspaceName}) en tant que ${roleName(fr, p.role)}.`,
        `Le lien ne fonctionne qu’une fois et expire le ${f.dateTime(p.expiresAt, p.timeZone)}. Vous pourrez créer un compte en l’ouvrant.`,
      ],
      action: { label: 'Accepter l’invitation', path: p.path },
      note: invitationNote,
    }),
    'charter-to-sign': (p) => ({
      subject: `La charte de « ${p.processTitle} » attend votre signature`,
      paragraphs: [
        `La version ${p.version} de la charte de « ${p.processTitle} » est soumise à signature. Lisez-la, puis signez-la ou indiquez ce que vous changeriez.`,
      ],
      action: { label: 'Lire la charte', path: p.path },
    }),
    'amendment-proposed': (p) => ({
      subject: `Amendement proposé dans « ${p.processTitle} » : ${p.amendmentTitle}`,
      paragraphs: [
        p.proposerName === null
          ? `Un amendement « ${p.amendmentTitle} » à la charte de « ${p.processTitle} » a été proposé.`
          : `${p.proposerName} a proposé un amendement « ${p.amendmentTitle} » à la charte de « ${p.processTitle} ».`,
      ],
      action: { label: 'Lire l’amendement', path: p.path },
    }),
    'amendment-decided': (p) => ({
      subject: `Amendement ${OUTCOMES[p.outcome]} dans « ${p.processTitle} » : ${p.amendmentTitle}`,
      paragraphs: [`L’amendement « ${p.amendmentTitle} » à la charte de « ${p.processTitle} » a été ${OUTCOMES[p.outcome]}.`],
      action: { label: 'Voir la charte', path: p.path },
    }),
    'action-assigned': (p, f) => ({
      subject: `Une action de « ${p.processTitle} » vous est confiée : ${p.actionTitle}`,
      paragraphs: [
        `L’action « ${p.actionTitle} » de « ${p.processTitle} » vous est désormais confiée.`,
        ...(p.dueOn ? [`Elle arrive à échéance le ${f.date(p.dueOn)}.`] : []),
      ],
      action: { label: 'Ouvrir l’action', path: p.path },
    }),
    'actions-overdue': (p, f) => ({
      subject: plural(f, p.items.length, {
        one: 'Une action qui vous est confiée est en retard',
        other: '# actions qui vous sont confiées sont en retard',
      }),
      paragraphs: [
        'Ces actions qui vous sont confiées ont dépassé leur échéance. Mettez à jour leur avancement, ou dites à votre groupe ce qui les bloque.',
      ],
      items: p.items,
    }),
    'report-backs-due': (p, f) => ({
      subject: plural(f, p.items.length, { one: 'Un compte rendu est attendu', other: '# comptes rendus sont attendus' }),
      paragraphs: ['Votre groupe doit ces comptes rendus aux personnes envers lesquelles il est redevable.'],
      items: p.items,
    }),
    'milestones-due': (p, f) => ({
      subject: plural(f, p.items.length, {
        one: 'Un jalon arrive bientôt à échéance',
        other: '# jalons arrivent bientôt à échéance',
      }),
      paragraphs: ['Ces jalons arrivent à échéance. Indiquez où ils en sont.'],
      items: p.items,
    }),
    'password-reset': (p, f) => ({
      subject: 'Réinitialisez votre mot de passe Common Ground',
      paragraphs: [
        `Quelqu’un a demandé à réinitialiser le mot de passe de votre compte Common Ground. Le lien ne fonctionne qu’une fois et expire le ${f.dateTime(p.expiresAt)}.`,
      ],
      action: { label: 'Choisir un nouveau mot de passe', path: p.path },
      note: 'Si ce n’était pas vous, ignorez ce courriel : votre mot de passe reste inchangé.',
    }),
    'email-change': (p, f) => ({
      subject: 'Confirmez votre nouvelle adresse électronique pour Common Ground',
      paragraphs: [
        `Confirmez que ${p.newAddress} est la nouvelle adresse électronique de votre compte Common Ground.`,
        `Le lien ne fonctionne qu’une fois et expire le ${f.dateTime(p.expiresAt)}.`,
      ],
      action: { label: 'Confirmer cette adresse', path: p.path },
      note: 'Si vous n’avez rien demandé, ignorez ce courriel : le compte garde son adresse.',
    }),
    'new-device': (p, f) => ({
      subject: 'Nouvelle connexion à votre compte Common Ground',
      paragraphs: [`Une connexion à votre compte a eu lieu depuis ${p.device} le ${f.dateTime(p.at)}.`],
      action: { label: 'Vérifier vos sessions', path: p.path },
      note: 'Si ce n’était pas vous, changez votre mot de passe et mettez fin à cette session.',
    }),
    'daily-digest': (p, f) => ({
      subject: `Votre journée sur Common Ground : ${plural(f, p.items.length, { one: 'une nouveauté', other: '# nouveautés' })}`,
      paragraphs: ['Voici ce qui a changé dans vos processus depuis hier.'],
      items: p.items,
    }),
    'meeting-notice': (p, f) => {
      const n = p.notice;
      const t = n.params.meetingTitle;
      const subjects = {
        meeting_invited: `Invitation : ${t} (${n.params.processTitle})`,
        meeting_changed: `${'change' in n.params && n.params.change === 'cancelled' ? 'Réunion annulée' : 'Réunion modifiée'} : ${t}`,
        meeting_reminder: `Demain : ${t}`,
        minutes_to_review: `Procès-verbal à relire : ${t}`,
        minutes_approved: `Procès-verbal approuvé : ${t}`,
      };
      const actions = {
        meeting_invited: 'Répondre à l’invitation',
        meeting_changed: 'Voir la réunion',
        meeting_reminder: 'Voir la réunion',
        minutes_to_review: 'Relire le procès-verbal',
        minutes_approved: 'Lire le procès-verbal',
      };
      const where = 'place' in n.params ? n.params : null;
      return {
        subject: subjects[n.kind],
        paragraphs: [
          fr.describe(n, f),
          ...(where?.place ? [`Lieu : ${where.place}`] : []),
          ...(where?.link ? [`Lien : ${where.link}`] : []),
        ],
        action: { label: actions[n.kind], path: p.path },
      };
    },
  },
};
