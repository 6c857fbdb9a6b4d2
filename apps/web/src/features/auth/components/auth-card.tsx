import type { ReactNode } from 'react';

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
    </section>
  );
}
