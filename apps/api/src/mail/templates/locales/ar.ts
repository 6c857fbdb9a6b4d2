import { type MailCatalog, plural, roleName } from '../catalog.types';

/**
 * A name or title someone typed (often in Latin script) isolated from the Arabic around it (Unicode FSI … PDI),
 * so its direction does not reorder the sentence in plain-text clients; the HTML part has `dir="rtl"` too.
 */
const q = (value: string | number) => `\u2068${value}\u2069`;

const invitationNote = 'إذا لم تكن تتوقع هذه الدعوة، فتجاهل هذه الرسالة: لن يحدث شيء ما لم تفتح الرابط.';

const OUTCOMES = { accepted: 'قُبِل', rejected: 'رُفِض', withdrawn: 'سُحِب' } as const;

export const ar: MailCatalog = {
  dir: 'rtl',
  signature: 'Common Ground',
  linkHint: 'إذا لم يعمل الزر، فانسخ هذا الرابط إلى متصفحك:',
  roles: {
    owner: 'مالك',
    admin: 'مسؤول',
    member: 'عضو',
    convener: 'جهة داعية',
    facilitator: 'ميسِّر',
    secretariat: 'عضو في الأمانة',
    participant: 'مشارك',
    observer: 'مراقب',
  },
  details: (item, f) =>
    [item.processTitle ? q(item.processTitle) : null, item.dueOn ? `موعد الاستحقاق ${f.date(item.dueOn)}` : null]
      .filter((part) => part !== null)
      .join(' · '),
  describe: (n, f) => {
    switch (n.kind) {
      case 'charter_to_sign':
        return `اعتُمد الإصدار ${f.number(n.params.version)} من الميثاق وهو بانتظار توقيعك.`;
      case 'charter_signed':
        return `وقّع ${n.params.signerName ? q(n.params.signerName) : 'أحد المشاركين'} الإصدار ${f.number(n.params.version)} من الميثاق.`;
      case 'amendment_proposed':
        return `اقترح ${n.params.proposerName ? q(n.params.proposerName) : 'أحد المشاركين'} تعديلًا على «${q(n.params.sectionLabel)}» في الإصدار ${f.number(n.params.version)} من الميثاق.`;
      case 'amendment_decided':
        return `${OUTCOMES[n.params.outcome]} تعديلك على «${q(n.params.sectionLabel)}» في الإصدار ${f.number(n.params.version)} من الميثاق.`;
      case 'action_assigned':
        return `أُسند إليك الإجراء «${q(n.params.actionTitle)}»${n.params.dueOn ? `، وموعد استحقاقه ${f.date(n.params.dueOn)}` : ''}.`;
      case 'action_overdue':
        return `كان موعد استحقاق الإجراء «${q(n.params.actionTitle)}» ${f.date(n.params.dueOn)} ولم يُنجَز بعد.`;
      case 'report_back_due':
        return n.params.overdue
          ? `كان موعد إبلاغك القاعدة التي تمثّلها ${f.date(n.params.dueOn)}.`
          : `موعد إبلاغك التالي للقاعدة التي تمثّلها ${f.date(n.params.dueOn)}.`;
      case 'milestone_due':
        return `موعد استحقاق المَعلَم «${q(n.params.milestoneTitle)}» ${f.date(n.params.dueOn)}.`;
      case 'meeting_invited':
        return `وُجِّهت إليك دعوة لحضور «${q(n.params.meetingTitle)}» في ${f.dateTime(n.params.startsAt, n.params.timeZone)}.`;
      case 'meeting_changed':
        return n.params.change === 'cancelled'
          ? `أُلغي الاجتماع «${q(n.params.meetingTitle)}» المقرر في ${f.dateTime(n.params.startsAt, n.params.timeZone)}.`
          : `عُدِّل الاجتماع «${q(n.params.meetingTitle)}»: موعده الآن ${f.dateTime(n.params.startsAt, n.params.timeZone)}.`;
      case 'meeting_reminder':
        return `تذكير: يُعقد «${q(n.params.meetingTitle)}» في ${f.dateTime(n.params.startsAt, n.params.timeZone)}.`;
      case 'minutes_to_review':
        return `محضر «${q(n.params.meetingTitle)}» جاهز لمراجعتك.`;
      case 'minutes_approved':
        return `اعتُمد محضر «${q(n.params.meetingTitle)}».`;
    }
  },
  messages: {
    'workspace-invitation': (p, f) => ({
      subject: `${q(p.inviterName)} يدعوك إلى ${q(p.workspaceName)} على Common Ground`,
      paragraphs: [
        `يدعوك ${q(p.inviterName)} إلى الانضمام إلى مساحة العمل «${q(p.workspaceName)}» على Common Ground بصفة ${roleName(ar, p.role)}.`,
        `يعمل الرابط مرة واحدة فقط وتنتهي صلاحيته في ${f.dateTime(p.expiresAt)}. يمكنك إنشاء حساب عند فتحه.`,
      ],
      action: { label: 'قبول الدعوة', path: p.path },
      note: invitationNote,
    }),
    'process-invitation': (p, f) => ({
      subject: `${q(p.inviterName)} يدعوك إلى المشاركة في «${q(p.processTitle)}»`,
      paragraphs: [
        `يدعوك ${q(p.inviterName)} إلى المشاركة في «${q(p.processTitle)}» (${q(p.workspaceName)}) بصفة ${roleName(ar, p.role)}.`,
        `يعمل الرابط مرة واحدة فقط وتنتهي صلاحيته في ${f.dateTime(p.expiresAt, p.timeZone)}. يمكنك إنشاء حساب عند فتحه.`,
      ],
      action: { label: 'قبول الدعوة', path: p.path },
      note: invitationNote,
    }),
    'charter-to-sign': (p, f) => ({
      subject: `ميثاق «${q(p.processTitle)}» بانتظار توقيعك`,
      paragraphs: [`الإصدار ${f.number(p.version)} من ميثاق «${q(p.processTitle)}» مطروح للتوقيع. اقرأه، ثم وقّعه أو بيّن ما تودّ تغييره.`],
      action: { label: 'قراءة الميثاق', path: p.path },
    }),
    'amendment-proposed': (p) => ({
      subject: `تعديل مقترح في «${q(p.processTitle)}»: ${q(p.amendmentTitle)}`,
      paragraphs: [
        p.proposerName === null
          ? `اقتُرح تعديل «${q(p.amendmentTitle)}» على ميثاق «${q(p.processTitle)}».`
          : `اقترح ${q(p.proposerName)} تعديلًا «${q(p.amendmentTitle)}» على ميثاق «${q(p.processTitle)}».`,
      ],
      action: { label: 'قراءة التعديل', path: p.path },
    }),
    'amendment-decided': (p) => ({
      subject: `${OUTCOMES[p.outcome]} تعديل في «${q(p.processTitle)}»: ${q(p.amendmentTitle)}`,
      paragraphs: [`${OUTCOMES[p.outcome]} التعديل «${q(p.amendmentTitle)}» على ميثاق «${q(p.processTitle)}».`],
      action: { label: 'عرض الميثاق', path: p.path },
    }),
    'action-assigned': (p, f) => ({
      subject: `أُسند إليك إجراء في «${q(p.processTitle)}»: ${q(p.actionTitle)}`,
      paragraphs: [
        `أصبحت مسؤولًا عن الإجراء «${q(p.actionTitle)}» في «${q(p.processTitle)}».`,
        ...(p.dueOn ? [`موعد استحقاقه ${f.date(p.dueOn)}.`] : []),
      ],
      action: { label: 'فتح الإجراء', path: p.path },
    }),
    'actions-overdue': (p, f) => ({
      subject: plural(f, p.items.length, {
        zero: 'لا توجد إجراءات متأخرة مسندة إليك',
        one: 'إجراء مسند إليك تجاوز موعد استحقاقه',
        two: 'إجراءان مسندان إليك تجاوزا موعد استحقاقهما',
        few: '# إجراءات مسندة إليك تجاوزت موعد استحقاقها',
        many: '# إجراءً مسندًا إليك تجاوزت موعد استحقاقها',
        other: '# إجراء مسند إليك تجاوزت موعد استحقاقها',
      }),
      paragraphs: ['تجاوزت هذه الإجراءات المسندة إليك موعد استحقاقها. حدّث مدى تقدّمها، أو أخبر مجموعتك بما يعترض طريقها.'],
      items: p.items,
    }),
    'report-backs-due': (p, f) => ({
      subject: plural(f, p.items.length, {
        zero: 'لا يوجد إبلاغ مستحق للقواعد الممثَّلة',
        one: 'حان موعد إبلاغ للقاعدة الممثَّلة',
        two: 'حان موعد إبلاغين للقواعد الممثَّلة',
        few: 'حان موعد # إبلاغات للقواعد الممثَّلة',
        many: 'حان موعد # إبلاغًا للقواعد الممثَّلة',
        other: 'حان موعد # إبلاغ للقواعد الممثَّلة',
      }),
      paragraphs: ['على مجموعتك إبلاغ الجهات التي تُساءَل أمامها في هذه المواعيد.'],
      items: p.items,
    }),
    'milestones-due': (p, f) => ({
      subject: plural(f, p.items.length, {
        zero: 'لا معالم يقترب موعد استحقاقها',
        one: 'مَعلَم يقترب موعد استحقاقه',
        two: 'مَعلَمان يقترب موعد استحقاقهما',
        few: '# معالم يقترب موعد استحقاقها',
        many: '# مَعلَمًا يقترب موعد استحقاقها',
        other: '# مَعلَم يقترب موعد استحقاقها',
      }),
      paragraphs: ['يقترب موعد استحقاق هذه المعالم. سجّل ما بلغته.'],
      items: p.items,
    }),
    'password-reset': (p, f) => ({
      subject: 'إعادة تعيين كلمة مرور Common Ground',
      paragraphs: [
        `طلب أحدهم إعادة تعيين كلمة مرور حسابك على Common Ground. يعمل الرابط مرة واحدة فقط وتنتهي صلاحيته في ${f.dateTime(p.expiresAt)}.`,
      ],
      action: { label: 'اختيار كلمة مرور جديدة', path: p.path },
      note: 'إذا لم تكن أنت من طلب ذلك، فتجاهل هذه الرسالة: تبقى كلمة مرورك كما هي.',
    }),
    'email-change': (p, f) => ({
      subject: 'أكّد عنوان بريدك الإلكتروني الجديد على Common Ground',
      paragraphs: [
        `أكّد أن ${q(p.newAddress)} هو عنوان البريد الإلكتروني الجديد لحسابك على Common Ground.`,
        `يعمل الرابط مرة واحدة فقط وتنتهي صلاحيته في ${f.dateTime(p.expiresAt)}.`,
      ],
      action: { label: 'تأكيد هذا العنوان', path: p.path },
      note: 'إذا لم تطلب ذلك، فتجاهل هذه الرسالة: يحتفظ الحساب بعنوانه الحالي.',
    }),
    'new-device': (p, f) => ({
      subject: 'تسجيل دخول جديد إلى حسابك على Common Ground',
      paragraphs: [`سُجّل الدخول إلى حسابك من ${q(p.device)} في ${f.dateTime(p.at)}.`],
      action: { label: 'مراجعة جلساتك', path: p.path },
      note: 'إذا لم تكن أنت، فغيّر كلمة مرورك وأنهِ تلك الجلسة.',
    }),
    'daily-digest': (p, f) => ({
      subject: `يومك على Common Ground: ${plural(f, p.items.length, {
        zero: 'لا مستجدات',
        one: 'مستجد واحد',
        two: 'مستجدان',
        few: '# مستجدات',
        many: '# مستجدًا',
        other: '# مستجد',
      })}`,
      paragraphs: ['إليك ما تغيّر في عملياتك منذ الأمس.'],
      items: p.items,
    }),
    'meeting-notice': (p, f) => {
      const n = p.notice;
      const t = q(n.params.meetingTitle);
      const subjects = {
        meeting_invited: `دعوة: ${t} (${q(n.params.processTitle)})`,
        meeting_changed: `${'change' in n.params && n.params.change === 'cancelled' ? 'إلغاء اجتماع' : 'تعديل اجتماع'}: ${t}`,
        meeting_reminder: `غدًا: ${t}`,
        minutes_to_review: `محضر للمراجعة: ${t}`,
        minutes_approved: `اعتماد محضر: ${t}`,
      };
      const actions = {
        meeting_invited: 'الرد على الدعوة',
        meeting_changed: 'عرض الاجتماع',
        meeting_reminder: 'عرض الاجتماع',
        minutes_to_review: 'مراجعة المحضر',
        minutes_approved: 'قراءة المحضر',
      };
      const where = 'place' in n.params ? n.params : null;
      return {
        subject: subjects[n.kind],
        paragraphs: [
          ar.describe(n, f),
          ...(where?.place ? [`المكان: ${q(where.place)}`] : []),
          ...(where?.link ? [`الرابط: ${where.link}`] : []),
        ],
        action: { label: actions[n.kind], path: p.path },
      };
    },
  },
};
