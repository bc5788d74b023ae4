/**
 * The video lines of a digest, read for their URL only: HTML is never rendered. Shapes seen in the archive:
 *
 *   [Watch Video](https://…/v.mp4)
 *   [Watch Video]https://…/v.mp4
 *   <div><video controls src="https://…/v.mp4" muted="false"></video></div>
 *   <video src='https://…/v.mp4'></video>
 *
 * Returns the URL as written (the caller checks it is https), or undefined when the line is none of these.
 * Only the attributes the archive uses are accepted: a line with any other (an event handler, say) is not
 * a video line, and the parser reports it.
 */
const WATCH = /^\[Watch Video\](?:\((\S+)\)|([^\s(]\S*))$/;
const VIDEO_TAG = /^(<div>)?<video((?:\s+(?:src|controls|muted)(?:="[^"<>]*"|='[^'<>]*')?)*)\s*><\/video>(<\/div>)?$/i;
const ATTRIBUTE = /\s+([a-z]+)(?:="([^"<>]*)"|='([^'<>]*)')?/gi;

export function parseVideoLine(line: string): string | undefined {
  const watch = WATCH.exec(line);
  if (watch) return watch[1] ?? watch[2];
  const tag = VIDEO_TAG.exec(line);
  if (!tag || Boolean(tag[1]) !== Boolean(tag[3])) return undefined;
  const src = [...tag[2]!.matchAll(ATTRIBUTE)].filter((a) => a[1]!.toLowerCase() === 'src');
  if (src.length !== 1) return undefined;
  return src[0]![2] ?? src[0]![3];
}
