/** A search snippet with the matched words (between [ and ]) marked, built as text nodes. */
export function Snippet({ text }: { readonly text: string }) {
  const parts = text.split(/(\[[^\]]*\])/);
  return (
    <span class="snippet">
      {parts.map((part, index) => (part.startsWith('[') && part.endsWith(']') ? <mark key={index}>{part.slice(1, -1)}</mark> : part))}
    </span>
  );
}
