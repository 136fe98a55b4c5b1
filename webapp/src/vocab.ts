// Purposes and actions in ConsentRegistry's bit order (Go: package vocab), with plain-English explanations.
export const purposes: { code: string; display: string; plain: string }[] = [
  { code: 'TREAT', display: 'treatment', plain: 'to treat you' },
  { code: 'ETREAT', display: 'Emergency Treatment', plain: 'to treat you in an emergency' },
  { code: 'CAREMGT', display: 'care management', plain: 'to plan and manage your care' },
  { code: 'HRESCH', display: 'healthcare research', plain: 'for health research' },
  { code: 'CLINTRL', display: 'clinical trial', plain: 'for a clinical trial' },
  { code: 'PUBHLTH', display: 'public health', plain: 'to protect public health' },
  { code: 'HOPERAT', display: 'healthcare operations', plain: 'to run health services' },
  { code: 'PATRQT', display: 'patient requested', plain: 'because you asked them to' },
  { code: 'HPAYMT', display: 'healthcare payment', plain: 'to pay for your care' },
  { code: 'HSYSADMIN', display: 'health system administration', plain: 'to administer health systems' },
  { code: 'COC', display: 'coordination of care', plain: 'to coordinate care between services' },
  { code: 'POPHLTH', display: 'population health', plain: 'to understand the health of the population' },
  { code: 'BTG', display: 'break the glass', plain: 'to break the glass in an emergency' },
  { code: 'HQUALIMP', display: 'health quality improvement', plain: 'to improve the quality of care' },
];

export const actions: { code: string; plain: string }[] = [
  { code: 'collect', plain: 'collect information about you' },
  { code: 'access', plain: 'see your records' },
  { code: 'use', plain: 'use your records' },
  { code: 'disclose', plain: 'share your records with others' },
  { code: 'correct', plain: 'correct your records' },
];

export const kinds: Record<string, string> = {
  'nhs-trust': 'NHS trust',
  'gp-practice': 'GP practice',
  'local-authority': 'Local authority',
  'care-provider': 'Care provider',
  other: 'Other organisation',
};

export function mask(codes: string[], list: { code: string }[]): number {
  let m = 0;
  for (const c of codes) {
    const i = list.findIndex((x) => x.code === c);
    if (i < 0) throw new Error(`unknown code ${c}`);
    m |= 1 << i;
  }
  return m;
}

export function purposePlain(code: string): string {
  return purposes.find((p) => p.code === code)?.plain ?? code;
}

export function actionPlain(code: string): string {
  return actions.find((a) => a.code === code)?.plain ?? code;
}

// listPlain joins phrases as English: "a", "a and b", "a, b and c".
export function listPlain(xs: string[]): string {
  if (xs.length <= 1) return xs.join('');
  return xs.slice(0, -1).join(', ') + ' and ' + xs[xs.length - 1];
}
