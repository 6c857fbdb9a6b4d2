import { defineMessages, useIntl } from 'react-intl';
import ReactMarkdown from 'react-markdown';

const m = defineMessages({
  newTab: { id: 'selection.markdown.newTab', defaultMessage: '(opens in a new tab)' },
});

/**
 * Renders a concept note's Markdown safely: raw HTML is dropped (never injected), link targets pass the
 * library's URL check (no javascript: links), and images are not loaded, so opening a note never calls
 * a server its author chose (which could log who read it).
 */
export function Markdown({ children }: { children: string }) {
  const intl = useIntl();
  return (
    <div className="markdown prose">
      <ReactMarkdown
        skipHtml
        disallowedElements={['img']}
        components={{
          a: ({ href, children: text }) => (
            <a href={href} rel="noopener noreferrer nofollow" target="_blank">
              {text}
              <span className="visually-hidden"> {intl.formatMessage(m.newTab)}</span>
            </a>
          ),
        }}
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}
