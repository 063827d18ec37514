import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { type ShopState, ShopStateSchema } from './state';

/** Reads the data file; `undefined` when there is none yet. A damaged file stops the emulator with a clear error. */
export function loadState(file: string): ShopState | undefined {
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(
      `식스샵 에뮬레이터 데이터 파일이 올바른 JSON이 아닙니다: ${file}. 파일을 지우고 다시 시작해 주세요.`,
    );
  }
  const parsed = ShopStateSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(
      `식스샵 에뮬레이터 데이터 파일의 형식이 맞지 않습니다: ${file}. 파일을 지우고 다시 시작해 주세요.`,
    );
  }
  return parsed.data;
}

/** Writes a temp file next to the data file and renames it over, so a crash never leaves half a file. */
export function saveState(file: string, state: ShopState): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(state, null, 2));
  renameSync(temp, file);
}
