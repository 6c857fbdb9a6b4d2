import type { ReactNode } from 'react';
import { LanguagePicker } from '../../../components/language-picker';

/** The card of the pages before sign-in; its language picker keeps the choice on this browser until sign-up or sign-in. */
export function AuthCard({ title, titleId, children, footer }: { title: string; titleId: string; children: ReactNode; footer: ReactNode }) {
  return (
    <section className="page auth-page" aria-labelledby={titleId}>
      <div className="auth-card">
        <h1 id={titleId} tabIndex={-1}>
          {title}
        </h1>
        {children}
      </div>
      <p className="auth-footer">{footer}</p>
      <div className="auth-language">
        <LanguagePicker />
      </div>
    </section>
  );
}
