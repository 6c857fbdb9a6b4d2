import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { router } from './app/router';
import { SessionLocale } from './session/session-locale';
import { SessionProvider } from './session/session-provider';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/acquaint.css';
import './styles/plans.css';
import './styles/selection.css';
import './styles/meetings.css';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');

createRoot(container).render(
  <StrictMode>
    <SessionProvider>
      <SessionLocale>
        <RouterProvider router={router} />
      </SessionLocale>
    </SessionProvider>
  </StrictMode>,
);
