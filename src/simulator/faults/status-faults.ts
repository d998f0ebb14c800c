import { valueAt } from '../../util/json-object.ts';
import { cardStatus, type StatusCode } from '../rules.ts';
import { during, outcome } from './during.ts';
import { onCard } from './on-record.ts';
import { ignoring } from './ignoring.ts';
import { outcomeOnCard } from './probes.ts';
import type { Fault } from './types.ts';
import { patched } from './wrap-each.ts';

/**
 * Faults of the card-status and PIN families (ibis-overview.txt, "Set the Status of a Card",
 * "Activate a Card", "Set a Card PIN with /ibis", "Check a Card PIN with /ibis"). Rule-table faults
 * patch schemas/rules/card-status.json (as rules.ts loaded it) for the one handler call.
 */

const TRANSITIONS_DOC = { file: 'ibis-overview.txt', heading: 'Set the Status of a Card' };
const CHECK_PIN_DOC = { file: 'ibis-overview.txt', heading: 'Check a Card PIN with /ibis' };
const SET_PIN_DOC = { file: 'ibis-overview.txt', heading: 'Set a Card PIN with /ibis' };
const allowed = cardStatus.transitions.allowed;
const permissions = cardStatus.permissions.operations;

export const STATUS_FAULTS: Fault[] = [
  {
    name: 'forbidden-transition-allowed',
    family: 'status',
    description: 'set-status I → B is allowed (an inactive card is turned back on without activate)',
    expected: ['status\\.transition\\.I-B'],
    doc: { ...TRANSITIONS_DOC, rule: 'Allowed Status Changes: I → F, S only' },
    handlers: { '/ibis/card/set-status': patched(allowed, { I: [...allowed.I, 'B'] }) },
    probe: (api) => outcomeOnCard(api, '/ibis/card/set-status', { status: 'I' }, { statusCode: 'B' }),
  },
  {
    name: 'status-a-settable',
    family: 'status',
    description: 'set-status accepts statusCode "A" and puts the card back to pre-active',
    expected: ['status\\.transition\\.[ABISF]-A'],
    doc: {
      ...TRANSITIONS_DOC,
      rule: '"A": "This is an initial card status only. You may not set a card to this status value through this endpoint" (the documented enum error)',
    },
    validate: ignoring(
      (e, operation, input) =>
        operation === '/ibis/card/set-status' &&
        valueAt(input, 'statusCode') === 'A' &&
        e.keyword === 'enum' &&
        e.instancePath === '/statusCode',
    ),
    handlers: {
      '/ibis/card/set-status': patched(
        allowed,
        Object.fromEntries((['A', 'B', 'I', 'S'] as StatusCode[]).map((s) => [s, [...allowed[s], 'A']])),
      ),
    },
    probe: (api) => outcomeOnCard(api, '/ibis/card/set-status', { status: 'B' }, { statusCode: 'A' }),
  },
  {
    name: 'activate-keeps-status',
    family: 'status',
    description: 'activate answers 200 but the card keeps its status (A stays A)',
    expected: ['status\\.permission\\.activate\\.[AIS]', 'status\\.activate\\.from-[IS]'],
    doc: { file: 'ibis-overview.txt', heading: 'Activate a Card', rule: 'activate moves a card in A, I or S to B (ON)' },
    handlers: {
      '/ibis/card/activate': onCard((card, call) => {
        const before = card?.status;
        const data = call();
        if (card && before && card.status !== before) {
          card.status = before;
          card.statusLog.pop();
        }
        return data;
      }),
    },
    probe: async (api) => {
      const card = api.state.seedCard({ status: 'A' });
      await api.call('/ibis/card/activate', { cFiCardId: card.cFiCardId });
      return api.state.card(card.cFiCardId)?.status;
    },
  },
  {
    name: 'check-pin-on-pre-active',
    family: 'status',
    description: 'check-pin succeeds on a pre-active card (A) whose PIN was set',
    expected: ['status\\.permission\\.check-pin\\.A'],
    doc: { ...TRANSITIONS_DOC, rule: 'Ibis Card Status Codes: A, check-pin allowed? NO (extIbis PA)' },
    handlers: { '/ibis/card/check-pin': patched(permissions['/ibis/card/check-pin'], { A: true }) },
    probe: (api) => outcomeOnCard(api, '/ibis/card/check-pin', { status: 'A', pin: '1234' }, { pin: '1234' }),
  },
  {
    name: 'closed-card-wrong-subcode',
    family: 'status',
    description: 'set-status on a closed card (F) is refused with subCode 57 instead of SD',
    expected: ['status\\.transition\\.F-[BISF]', 'status\\.permission\\.set-status\\.F'],
    doc: { ...TRANSITIONS_DOC, rule: 'the documented set-status refusal of a closed card: extIbis subCode SD' },
    handlers: { '/ibis/card/set-status': patched(permissions['/ibis/card/set-status'], { F: cardStatus.transitions.refusal.default }) },
    probe: (api) => outcomeOnCard(api, '/ibis/card/set-status', { status: 'F' }, { statusCode: 'B' }),
  },
  {
    name: 'wrong-pin-accepted',
    family: 'pin',
    description: 'check-pin answers a match for any PIN once a PIN is set',
    expected: ['pin\\.wrong-pin'],
    doc: { ...CHECK_PIN_DOC, rule: 'succeeds "only if the PIN is a match"; a wrong PIN is extIbis 55 (Invalid PIN supplied)' },
    handlers: {
      '/ibis/card/check-pin': onCard((card, call, _ctx, body) => call(card?.pin === undefined ? body : { ...body, pin: card.pin })),
    },
    probe: (api) => outcomeOnCard(api, '/ibis/card/check-pin', { status: 'B', pin: '1234' }, { pin: '9876' }),
  },
  {
    name: 'check-pin-without-pin-set',
    family: 'pin',
    description: 'check-pin on an active card that never had a PIN set answers a match',
    expected: ['pin\\.check-without-set'],
    doc: { ...CHECK_PIN_DOC, rule: '"The PIN must be set using /ibis/card/set-pin before an /ibis/card/check-pin request can succeed"' },
    handlers: {
      '/ibis/card/check-pin': onCard((card, call, _ctx, body) =>
        card && card.pin === undefined ? during(card, { pin: body.pin }, () => call()) : call(),
      ),
    },
    probe: (api) => outcomeOnCard(api, '/ibis/card/check-pin', { status: 'B' }, { pin: '1234' }),
  },
  {
    name: 'pin-update-ignored',
    family: 'pin',
    description: 'set-pin on a card that already has a PIN answers 200 but keeps the old PIN',
    expected: ['pin\\.update'],
    doc: { ...SET_PIN_DOC, rule: '"You may use this endpoint to set an initial card PIN, as well as to update an existing card PIN"' },
    handlers: {
      '/ibis/card/set-pin': onCard((card, call) => {
        const old = card?.pin;
        const data = call();
        if (card && old !== undefined) card.pin = old;
        return data;
      }),
    },
    probe: async (api) => {
      const card = api.state.seedCard({ status: 'B', pin: '1111' });
      await api.call('/ibis/card/set-pin', { cFiCardId: card.cFiCardId, pin: '2222' });
      return outcome(await api.call('/ibis/card/check-pin', { cFiCardId: card.cFiCardId, pin: '2222' }));
    },
  },
  {
    name: 'five-digit-pin-accepted',
    family: 'pin',
    description: 'set-pin and check-pin accept PINs of 4 to 6 digits',
    expected: ['pin\\.(set-pin|check-pin)\\.invalid\\.five-digits'],
    doc: { ...SET_PIN_DOC, rule: 'a PIN is "^\\d{4}$": "A PIN must be a 4 digit numeric string" (the documented pattern error)' },
    validate: ignoring((e, _operation, input) => {
      const pin = valueAt(input, 'pin');
      return typeof pin === 'string' && /^\d{4,6}$/.test(pin) && e.keyword === 'pattern' && e.instancePath === '/pin';
    }),
    probe: (api) => outcomeOnCard(api, '/ibis/card/set-pin', { status: 'B' }, { pin: '12345' }),
  },
];
