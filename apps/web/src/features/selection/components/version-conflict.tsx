/** Someone else saved first (409): the reader reloads to see their text before editing again. */
export function VersionConflict({ what, onReload }: { what: string; onReload: () => void }) {
  return (
    <div className="alert alert-warning" role="alert">
      <p>Someone else saved {what} meanwhile. Reload to see their version; your changes here will be replaced.</p>
      <button type="button" className="button" onClick={onReload}>
        Reload
      </button>
    </div>
  );
}
