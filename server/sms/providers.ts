import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config';

export interface SmsProvider {
  name: string;
  send(phone: string, text: string): Promise<void>;
}

/** Appends each message to a file: the demo's "phone", and the default until a real gateway is configured. */
export function logProvider(file: string): SmsProvider {
  return {
    name: 'log',
    async send(phone, text) {
      await fs.promises.mkdir(path.dirname(file), { recursive: true });
      await fs.promises.appendFile(file, `${new Date().toISOString()}\t${phone}\t${text}\n`, 'utf8');
    },
  };
}

/** POSTs `{phone, text}` as JSON to the gateway; anything but a 2xx within 10 s is a failure to retry. */
export function httpProvider(url: string): SmsProvider {
  return {
    name: 'http',
    async send(phone, text) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ phone, text }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!res.ok) throw new Error(`短信网关返回 HTTP ${res.status}`);
    },
  };
}

export function providerFromConfig(config: Config): SmsProvider {
  return config.sms.provider === 'http' ? httpProvider(config.sms.httpUrl!) : logProvider(config.sms.logPath);
}
