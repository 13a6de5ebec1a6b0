/** One formula as plain text in a code block (no HTML strings, so nothing is ever injected). */
export const Formula = ({ children }: { children: string }) => (
  <p className="methodology-formula">
    <code>{children}</code>
  </p>
)
