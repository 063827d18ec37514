import {
  type SalesPreset,
  SalesPresetCreateSchema,
  SalesPresetReplaceSchema,
} from '../../../../lib/sixshop/schemas';
import { conflict, notFound, validate } from '../http';
import { route } from '../router';
import { findAccount, listFor } from './lookup';

function checkName(presets: readonly SalesPreset[], name: string, exceptId?: string): void {
  if (presets.some((p) => p.id !== exceptId && p.name === name)) {
    throw conflict(`'${name}' 이름의 판매 설정 프리셋이 이미 있습니다. 다른 이름을 입력해 주세요.`);
  }
}

/** Only one default per account: making one default clears the others. */
function clearDefaults(presets: SalesPreset[], exceptId: string, now: string): void {
  for (const p of presets) {
    if (p.id !== exceptId && p.isDefault) {
      p.isDefault = false;
      p.updatedAt = now;
    }
  }
}

export const salesPresetRoutes = [
  route('GET', '/api/v1/market-accounts/:id/sales-presets', ({ shop, params }) => {
    const account = findAccount(shop, params.id);
    return { status: 200, body: { items: shop.salesPresets[account.id] ?? [] } };
  }),

  route(
    'POST',
    '/api/v1/market-accounts/:id/sales-presets',
    ({ shop, params, body, now, nextId, commit }) => {
      const account = findAccount(shop, params.id);
      const input = validate(SalesPresetCreateSchema, body);
      const presets = listFor(shop.salesPresets, account.id);
      checkName(presets, input.name);
      const preset: SalesPreset = { id: nextId('salesPreset'), ...input, createdAt: now, updatedAt: now };
      if (preset.isDefault) clearDefaults(presets, preset.id, now);
      presets.push(preset);
      commit();
      return { status: 201, body: preset };
    },
  ),

  route(
    'PUT',
    '/api/v1/market-accounts/:id/sales-presets/:presetId',
    ({ shop, params, body, now, commit }) => {
      const account = findAccount(shop, params.id);
      const presets = listFor(shop.salesPresets, account.id);
      const at = presets.findIndex((p) => p.id === params.presetId);
      const current = presets[at];
      if (!current) throw notFound('판매 설정 프리셋을 찾을 수 없습니다. 프리셋 목록을 새로 고쳐 주세요.');
      const input = validate(SalesPresetReplaceSchema, body);
      checkName(presets, input.name, current.id);
      const preset: SalesPreset = { id: current.id, ...input, createdAt: current.createdAt, updatedAt: now };
      if (preset.isDefault) clearDefaults(presets, preset.id, now);
      presets[at] = preset;
      commit();
      return { status: 200, body: preset };
    },
  ),

  route('DELETE', '/api/v1/market-accounts/:id/sales-presets/:presetId', ({ shop, params, commit }) => {
    const account = findAccount(shop, params.id);
    const presets = shop.salesPresets[account.id] ?? [];
    const at = presets.findIndex((p) => p.id === params.presetId);
    if (at < 0) throw notFound('판매 설정 프리셋을 찾을 수 없습니다. 프리셋 목록을 새로 고쳐 주세요.');
    presets.splice(at, 1);
    commit();
    return { status: 200, body: { deleted: true } };
  }),
];
