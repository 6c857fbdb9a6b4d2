import type { ProcessContentCatalog } from '../process-content';

const toAgree = 'À convenir : ';

export const fr: ProcessContentCatalog = {
  sectionTemplate: {
    goal_mandate: `${toAgree}Ce que le processus cherche à accomplir, et son lien avec d’autres initiatives.`,
    stakeholder_groups: `${toAgree}Qui représente quel groupe, suppléants, équilibre entre les genres et répartition.`,
    roles: `${toAgree}Des participants, du facilitateur tiers et du coordinateur ou secrétariat.`,
    changing_participants: `${toAgree}Comment les personnes rejoignent le processus, le quittent ou sont remplacées.`,
    press_media: `${toAgree}Qui peut s’adresser à la presse, et à quelles conditions.`,
    observers: `${toAgree}Qui peut observer, et ce que les observateurs peuvent voir et dire.`,
    constituency_reporting: `${toAgree}Comment les participants rendent compte à ceux qu’ils représentent.`,
    decision_making: `${toAgree}Dans le dialogue et au sein des groupes : consensus, vote indicatif ou vote avec quorum.`,
    dispute_grievance: `${toAgree}Comment les désaccords et les plaintes sont traités.`,
    conflict_of_interest: `${toAgree}Ce qui doit être déclaré, et ce qui en découle.`,
    documentation: `${toAgree}Procès-verbaux, confidentialité des archives, suivi des accords.`,
    review: `${toAgree}Quand et comment le groupe révise ces règles.`,
    schedule: `${toAgree}Le calendrier auquel le groupe s’engage.`,
  },
  consentStatement: (number) => `J’ai lu la version ${number} de cette charte et j’accepte de prendre part au processus selon ses termes.`,
  sampleGroundRules: [
    'S’écouter les uns les autres',
    'Rester ouverts à l’apprentissage et à de nouvelles perspectives',
    'Un comportement respectueux',
    'Éviter les perturbations et les distractions (par exemple téléphones portables, ordinateurs, apartés, s’interrompre les uns les autres)',
    'Poser des questions chaque fois que quelque chose n’est pas clair ou reste en suspens',
    'S’engager à rester impliqué dans le processus',
    'Trouver un terrain d’entente, tout en respectant et en comprenant les différences',
  ],
};
