import ReactMarkdown from 'react-markdown';

/**
 * Renders a concept note's Markdown safely: raw HTML is dropped (never injected), link targets pass the
 * library's URL check (no javascript: links), and images are not loaded, so opening a note never calls
 * a server its author chose (which could log who read it).
 */
export function Markdown({ children }: { children: string }) {
  return (
    <div className="markdown prose">
      <ReactMarkdown
        skipHtml
        disallowedElements={['img']}
        components={{
          a: ({ href, children: text }) => (
            <a href={href} rel="noopener noreferrer nofollow" target="_blank">
              {text}
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          ),
        }}
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}
