import { readFileSync } from "node:fs";
import { join } from "node:path";

/** Where the test's nginx listens and finds its certificate, instead of the docs' 80, 443 and paths. */
export interface NginxPlace {
  readonly dir: string;
  readonly httpPort: number;
  readonly httpsPort: number;
  readonly upstreams: readonly number[];
  readonly certificate: string;
  readonly key: string;
}

/** The nginx example of docs/deployment.md as written (its first `nginx` code block). */
export function documentedNginxSite(root: string): string {
  const docs = readFileSync(join(root, "docs/deployment.md"), "utf8");
  const block = /```nginx\n([\s\S]*?)```/.exec(docs)?.[1];
  if (!block) throw new Error("docs/deployment.md has no ```nginx block");
  return block;
}

/**
 * The documented site moved to this machine's test ports and certificate — and nothing else
 * changed, so the test runs the configuration the guide tells an office to install — inside the
 * few lines a whole nginx.conf needs (nginx runs unprivileged from `dir`).
 */
export function nginxConf(site: string, place: NginxPlace): string {
  const [first, second] = place.upstreams;
  const moved = site
    .replace("server 127.0.0.1:3001;", `server 127.0.0.1:${first};`)
    .replace("server 127.0.0.1:3002;", `server 127.0.0.1:${second};`)
    .replace(/listen 80;/, `listen 127.0.0.1:${place.httpPort};`)
    .replace(/listen 443 ssl( http2)?;/, `listen 127.0.0.1:${place.httpsPort} ssl$1;`)
    .replace(/ssl_certificate +\S+;/, `ssl_certificate ${place.certificate};`)
    .replace(/ssl_certificate_key +\S+;/, `ssl_certificate_key ${place.key};`)
    .replace(
      "return 301 https://$host$request_uri;",
      `return 301 https://$host:${place.httpsPort}$request_uri;`,
    );
  const d = place.dir;
  return `daemon off;
pid ${d}/nginx.pid;
error_log ${d}/error.log warn;
events { worker_connections 256; }
http {
  access_log ${d}/access.log;
  client_body_temp_path ${d}/body;
  proxy_temp_path ${d}/proxy;
  fastcgi_temp_path ${d}/fastcgi;
  uwsgi_temp_path ${d}/uwsgi;
  scgi_temp_path ${d}/scgi;
${moved}
}
`;
}
