type Json = Record<string, unknown>;

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const pre = (v: unknown) => `<pre>${escape(JSON.stringify(v, null, 2))}</pre>`;

const ACCESS: Record<string, string> = { session: '工作人员会话', intakeKey: 'X-Intake-Key 接入密钥' };

function operation(method: string, path: string, op: Json): string {
  const security = (op.security as Json[]).flatMap((s) => Object.keys(s)).map((k) => ACCESS[k] ?? k);
  const permission = op['x-permission'] as string | undefined;
  const params = (op.parameters as { name: string; in: string; required: boolean; description?: string }[]).map(
    (p) =>
      `<tr><td><code>${escape(p.name)}</code></td><td>${escape(p.in)}</td><td>${p.required ? '是' : '否'}</td><td>${escape(p.description ?? '')}</td></tr>`,
  );
  const body = op.requestBody as { content: Record<string, { schema: unknown }> } | undefined;
  const responses = Object.entries(op.responses as Record<string, Json>).filter(([, r]) => !('$ref' in r));
  return `<details id="${escape(String(op.operationId))}">
<summary><span class="m ${method}">${method.toUpperCase()}</span> <code>${escape(path)}</code> ${escape(String(op.summary))}</summary>
<p>访问：${escape(security.length ? security.join('、') : '无需登录')}${permission ? `；权限 <code>${escape(permission)}</code>` : ''}</p>
${params.length ? `<table><caption>参数</caption><thead><tr><th scope="col">名称</th><th scope="col">位置</th><th scope="col">必填</th><th scope="col">说明</th></tr></thead><tbody>${params.join('')}</tbody></table>` : ''}
${
  body
    ? Object.entries(body.content)
        .map(([type, c]) => `<h4>请求体（${escape(type)}）</h4>${pre(c.schema)}`)
        .join('')
    : ''
}
${responses
  .map(
    ([code, r]) =>
      `<h4>响应 ${escape(code)}（${escape(String(r.description))}）</h4>${
        r.content
          ? Object.values(r.content as Record<string, { schema?: unknown }>)
              .map((c) => (c.schema ? pre(c.schema) : ''))
              .join('')
          : ''
      }`,
  )
  .join('')}
</details>`;
}

/** The OpenAPI document as one page a browser shows without any script or outside resource. */
export function renderDocsPage(doc: Json): string {
  const info = doc.info as { title: string; description: string };
  const byTag = new Map<string, string[]>();
  for (const [path, methods] of Object.entries(doc.paths as Record<string, Record<string, Json>>))
    for (const [method, op] of Object.entries(methods)) {
      const tag = (op.tags as string[])[0];
      byTag.set(tag, [...(byTag.get(tag) ?? []), operation(method, path, op)]);
    }
  const tags = [...byTag.keys()];
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>接口文档 · ${escape(info.title)}</title>
<style>
body{font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif;margin:0 auto;max-width:1100px;padding:1rem 1.5rem;color:#1a1a1a;line-height:1.5}
a{color:#0b57d0}a:focus,summary:focus{outline:3px solid #0b57d0;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;padding:0;list-style:none}
details{border:1px solid #c4c7c5;border-radius:6px;margin:.4rem 0;padding:.4rem .8rem}
summary{cursor:pointer}pre{background:#f3f4f6;padding:.6rem;overflow:auto;font-size:.85rem}
.m{display:inline-block;min-width:4.2em;font-weight:700;font-family:monospace}
.get{color:#0b6e35}.post{color:#0b57d0}.put{color:#8a4b00}.delete{color:#b3261e}
table{border-collapse:collapse;margin:.4rem 0}td,th{border:1px solid #c4c7c5;padding:.2rem .5rem;text-align:left}
</style></head><body>
<a class="skip" href="#main">跳到正文</a>
<header><h1>接口文档</h1><p>${escape(info.description)}</p>
<p>OpenAPI 3.1 文档：<a href="/api/openapi.json">/api/openapi.json</a></p></header>
<nav aria-label="接口分组"><ul>${tags.map((t, i) => `<li><a href="#tag-${i}">${escape(t)}</a></li>`).join('')}</ul></nav>
<main id="main" tabindex="-1">
${tags.map((t, i) => `<section aria-labelledby="tag-${i}"><h2 id="tag-${i}">${escape(t)}</h2>${byTag.get(t)!.join('\n')}</section>`).join('\n')}
</main></body></html>`;
}
