import type { ProcessContentCatalog } from '../process-content';

const toAgree = 'Por acordar: ';

export const es: ProcessContentCatalog = {
  sectionTemplate: {
    goal_mandate: `${toAgree}Lo que el proceso pretende lograr y cómo se relaciona con otras iniciativas.`,
    stakeholder_groups: `${toAgree}Quién representa a cada grupo, suplentes, equilibrio de género y distribución.`,
    roles: `${toAgree}De los participantes, del facilitador externo y del coordinador o la secretaría.`,
    changing_participants: `${toAgree}Cómo se incorporan, se retiran o se sustituyen las personas.`,
    press_media: `${toAgree}Quién puede hablar con la prensa y en qué condiciones.`,
    observers: `${toAgree}Quién puede observar y qué puede ver y decir.`,
    constituency_reporting: `${toAgree}Cómo informan los participantes a quienes representan.`,
    decision_making: `${toAgree}En el diálogo y dentro de los grupos: consenso, votación indicativa o votación con quórum.`,
    dispute_grievance: `${toAgree}Cómo se tratan los desacuerdos y las quejas.`,
    conflict_of_interest: `${toAgree}Qué debe declararse y qué consecuencias tiene.`,
    documentation: `${toAgree}Actas, confidencialidad de los registros, seguimiento de los acuerdos.`,
    review: `${toAgree}Cuándo y cómo revisa el grupo estas reglas.`,
    schedule: `${toAgree}El calendario con el que se compromete el grupo.`,
  },
  consentStatement: (number) =>
    `He leído la versión ${number} de esta carta y acepto participar en el proceso en los términos que establece.`,
  sampleGroundRules: [
    'Escucharnos unos a otros',
    'Mantenernos abiertos al aprendizaje y a nuevas perspectivas',
    'Un comportamiento respetuoso',
    'Evitar interrupciones y distracciones (por ejemplo, teléfonos móviles, ordenadores portátiles, conversaciones paralelas, interrumpirse unos a otros)',
    'Preguntar siempre que algo no esté claro o siga sin resolverse',
    'Comprometernos a seguir participando en el proceso',
    'Encontrar puntos en común, respetando y comprendiendo las diferencias',
  ],
};
