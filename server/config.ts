import net from 'node:net';
import path from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1');

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);
const isProxyAddress = (entry: string) => {
  if (PROXY_NAMES.has(entry)) return true;
  const [addr, bits, ...rest] = entry.split('/');
  const family = net.isIP(addr);
  if (!family || rest.length) return false;
  return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
};

/**
 * Express's `trust proxy`: off, a hop count, or the proxies' own addresses. Never `true`: trusting every
 * hop lets any client name its own address in X-Forwarded-For and so step around the per-address limits.
 */
const trustProxy = z
  .string()
  .default('')
  .transform((value, c): false | number | string[] => {
    const v = value.trim();
    if (v === '' || v === 'false') return false;
    if (/^\d+$/.test(v)) return Number(v);
    const entries = v
      .split(',')
      .map((e) => e.trim())
      .filter(Boolean);
    const bad = entries.filter((e) => !isProxyAddress(e));
    if (!bad.length) return entries;
    c.addIssue({
      code: 'custom',
      message: `应为反向代理的地址（如 127.0.0.1、10.0.0.0/8、loopback）或代理层数，不能是 ${bad.join(', ')}`,
    });
    return z.NEVER;
  });

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('data'),
  DATABASE_PATH: z.string().optional(),
  UPLOAD_DIR: z.string().optional(),
  UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(10 * 1024 * 1024),
  INTAKE_KEY: z.string().min(8).optional(),
  SMS_PROVIDER: z.enum(['log', 'http']).default('log'),
  SMS_HTTP_URL: z.url().optional(),
  SMS_LOG_PATH: z.string().optional(),
  SMS_INTERVAL_MS: z.coerce.number().int().positive().default(2000),
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().positive().default(12),
  /** Comma-separated origins allowed to send mutating requests besides the console's own. */
  ALLOWED_ORIGINS: z.string().default(''),
  COOKIE_SECURE: bool,
  TRUST_PROXY: trustProxy,
  /** Login attempts per minute from one address, counted before any password is hashed. */
  LOGIN_RATE_LIMIT: z.coerce.number().int().positive().default(20),
  SEED_DEMO: z.enum(['auto', 'never']).default('auto'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = ReturnType<typeof buildConfig>;

function buildConfig(env: z.infer<typeof EnvSchema>) {
  const dataDir = path.resolve(env.DATA_DIR);
  const production = env.NODE_ENV === 'production';
  return {
    production,
    port: env.PORT,
    host: env.HOST,
    dataDir,
    databasePath: env.DATABASE_PATH ?? path.join(dataDir, 'hrss.db'),
    uploadDir: env.UPLOAD_DIR ? path.resolve(env.UPLOAD_DIR) : path.join(dataDir, 'uploads'),
    uploadMaxBytes: env.UPLOAD_MAX_BYTES,
    // The demo key is only a default outside production; production must set its own.
    intakeKey: env.INTAKE_KEY ?? (production ? undefined : 'demo-intake-key'),
    sms: {
      provider: env.SMS_PROVIDER,
      httpUrl: env.SMS_HTTP_URL,
      logPath: env.SMS_LOG_PATH ?? path.join(dataDir, 'sms.log'),
      intervalMs: env.SMS_INTERVAL_MS,
      maxAttempts: 5,
    },
    session: {
      idleMs: env.SESSION_IDLE_MINUTES * 60_000,
      absoluteMs: env.SESSION_ABSOLUTE_HOURS * 3_600_000,
      cookieSecure: env.COOKIE_SECURE,
    },
    trustProxy: env.TRUST_PROXY,
    loginRateLimit: env.LOGIN_RATE_LIMIT,
    allowedOrigins: env.ALLOWED_ORIGINS.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    seedDemo: env.SEED_DEMO === 'auto' && !production,
    logLevel: env.LOG_LEVEL,
  };
}

/** Parses and checks the environment once at boot; a bad value stops the server with a clear message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`配置错误 (environment variables):\n${lines.join('\n')}`);
  }
  const config = { ...buildConfig(parsed.data), ...overrides };
  if (config.sms.provider === 'http' && !config.sms.httpUrl)
    throw new Error('配置错误: SMS_PROVIDER=http 需要 SMS_HTTP_URL');
  if (config.production && !config.intakeKey) throw new Error('配置错误: 生产环境必须设置 INTAKE_KEY');
  return config;
}
