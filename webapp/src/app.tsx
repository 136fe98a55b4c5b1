// The Bevan web app: a hash-routed single page in the NHS.UK design language (nhsuk-frontend styles).
import { render, type ComponentChildren } from 'preact';
import { useEffect, useState, useCallback } from 'preact/hooks';
import { encodeFunctionData, getAddress, keccak256, stringToHex, toHex, type Address, type Hex } from 'viem';
import { loadConfig, type Config } from './config';
import { gql, subscribe } from './gql';
import { anchorsAbi, consentsAbi, forward, governorAbi, membershipAbi, vote, RelayError, type Stage } from './relay';
import { actions, actionPlain, kinds, listPlain, mask, purposePlain, purposes } from './vocab';
import {
  createBrowserWallet, deleteKeystore, importKeystore, injectedProvider, injectedWallet, keystoreFileName, keyWallet,
  storedKeystores, unlockBrowserWallet, type Wallet,
} from './wallet';
import type { KeystoreV3 } from './keystore';
import { contentHash, merkleVerify, parseResource, recordId, type Proof, type Resource } from './fhir';
import { loadCustodian, random32, saveCustodian } from './custodian';

interface Member { account: string; odsCode: string; kind: string; joinedBlock: number }
interface Proposal {
  proposalId: string; description: string; state: string; forVotes: number; againstVotes: number; abstainVotes: number;
  quorum: number; voteStart: number; voteEnd: number; createdBlock: number; proposer: string;
  targets: string[]; values: string[]; calldatas: string[]; eta: number | null;
}
interface Consent {
  consentId: string; patient: string; grantee: string; purposes: string[]; actions: string[]; status: string;
  expiresAt: number | null; grantedBlock: number; grantedAt: number; fhir: unknown;
}

const short = (a: string) => a.slice(0, 6) + '…' + a.slice(-4);
const when = (t: number) => new Date(t * 1000).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }) + ' UTC';

function useHash(): string {
  const [h, setH] = useState(location.hash || '#/');
  useEffect(() => {
    const f = () => setH(location.hash || '#/');
    addEventListener('hashchange', f);
    // A hash changed between the first render and this effect (deferred to after paint: on a loaded machine, long
    // enough for a link or a script to move) fired no event this listener heard: read it once now.
    f();
    return () => removeEventListener('hashchange', f);
  }, []);
  return h;
}

function useQuery<T>(cfg: Config, query: string, vars: Record<string, unknown> | undefined, deps: unknown[]): [T | undefined, string | undefined, () => void] {
  const [data, setData] = useState<T>();
  const [err, setErr] = useState<string>();
  const [n, setN] = useState(0);
  useEffect(() => {
    let live = true;
    gql<T>(cfg.graphql, query, vars).then((d) => live && (setData(d), setErr(undefined)), (e) => live && setErr(String(e.message ?? e)));
    return () => { live = false; };
  }, [...deps, n]);
  return [data, err, () => setN((x) => x + 1)];
}

// useLive re-runs reload whenever the subscription sends an event (live updates from the indexer).
function useLive(cfg: Config, query: string, vars: Record<string, unknown>, deps: unknown[], reload: () => void) {
  useEffect(() => subscribe(cfg.graphql, query, vars, reload), deps);
}

const PROPOSAL_CHANGES = 'subscription { proposalChanged { event block } }';

function orgName(cfg: Config, members: Member[] | undefined, addr: string): string {
  const m = members?.find((x) => x.account === addr.toLowerCase());
  if (!m) {
    const dev = cfg.devRoles?.find((r) => r.address.toLowerCase() === addr.toLowerCase());
    return dev ? `${dev.label} ${short(addr)}` : short(addr);
  }
  const name = cfg.organisations?.[m.odsCode];
  return name ? `${name} (${m.odsCode})` : `${kinds[m.kind] ?? m.kind} ${m.odsCode}`;
}

const MEMBERS = '{ members(where: {current: true}, first: 1000) { edges { node { account odsCode kind joinedBlock } } } }';
type MembersData = { members: { edges: { node: Member }[] } };
const PROPOSALS = `{ proposals(first: 1000) { edges { node { proposalId description state forVotes againstVotes abstainVotes quorum
  voteStart voteEnd createdBlock proposer targets values calldatas eta } } } }`;
type ProposalsData = { proposals: { edges: { node: Proposal }[] } };

function ErrorSummary({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <div class="nhsuk-error-summary" aria-labelledby="error-summary-title" role="alert" tabIndex={-1}>
      <h2 class="nhsuk-error-summary__title" id="error-summary-title">{title}</h2>
      <div class="nhsuk-error-summary__body"><p>{children}</p></div>
    </div>
  );
}

const stages: Stage[] = ['signed', 'accepted', 'mined', 'indexed'];
const stageText: Record<Stage, string> = { signing: 'Signing', signed: 'Signed', accepted: 'Accepted by the relayer', mined: 'Recorded on the chain', indexed: 'Visible in Bevan' };

// useWrite runs a write and reports its progress.
function useWrite(): [Stage | undefined, string | undefined, (f: (p: (s: Stage) => void) => Promise<unknown>) => Promise<boolean>] {
  const [stage, setStage] = useState<Stage>();
  const [err, setErr] = useState<string>();
  const run = useCallback(async (f: (p: (s: Stage) => void) => Promise<unknown>) => {
    setErr(undefined);
    try {
      await f(setStage);
      return true;
    } catch (e) {
      setErr(e instanceof RelayError ? e.message : String((e as Error).message ?? e));
      setStage(undefined);
      return false;
    }
  }, []);
  return [stage, err, run];
}

function WriteStatus({ stage, err }: { stage?: Stage; err?: string }) {
  if (err) return <ErrorSummary title="That did not work">{err}</ErrorSummary>;
  if (!stage) return null;
  const reached = stages.indexOf(stage);
  return (
    <div class="nhsuk-inset-text" role="status" aria-live="polite" data-stage={stage}>
      <span class="nhsuk-u-visually-hidden">Progress: </span>
      <ol class="bevan-progress">
        {stages.map((s, i) => <li class={i <= reached ? 'done' : ''}>{stageText[s]}{i <= reached ? ' ✓' : ''}</li>)}
      </ol>
    </div>
  );
}

function Landing({ cfg }: { cfg: Config }) {
  const [m, merr] = useQuery<MembersData>(cfg, MEMBERS, undefined, []);
  const [p, perr, reloadP] = useQuery<ProposalsData>(cfg, PROPOSALS, undefined, []);
  useLive(cfg, PROPOSAL_CHANGES, {}, [], reloadP);
  const props = p?.proposals.edges.map((e) => e.node).sort((a, b) => b.createdBlock - a.createdBlock).slice(0, 10);
  return (
    <>
      <h1>Consent and governance for joined-up care</h1>
      <p class="nhsuk-lede-text">Bevan lets patients decide who sees their records, and the organisations of the
        Integrated Care Board govern the service together.</p>
      <h2 id="members">Member organisations</h2>
      {merr && <ErrorSummary title="Could not load the members">{merr}</ErrorSummary>}
      {m && (
        <table class="nhsuk-table" aria-labelledby="members">
          <thead class="nhsuk-table__head"><tr><th scope="col">Organisation</th><th scope="col">ODS code</th><th scope="col">Kind</th><th scope="col">Account</th></tr></thead>
          <tbody class="nhsuk-table__body">
            {m.members.edges.map(({ node: x }) => (
              <tr class="nhsuk-table__row member-row"><td>{cfg.organisations?.[x.odsCode] ?? '—'}</td><td>{x.odsCode}</td><td>{kinds[x.kind] ?? x.kind}</td><td><code>{short(x.account)}</code></td></tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 id="proposals">Open and recent proposals</h2>
      {perr && <ErrorSummary title="Could not load the proposals">{perr}</ErrorSummary>}
      {props && props.length === 0 && <p>No proposals yet.</p>}
      {props && props.length > 0 && <ProposalTable cfg={cfg} proposals={props} />}
    </>
  );
}

function ProposalTable({ cfg, proposals, members, onVote }: { cfg: Config; proposals: Proposal[]; members?: Member[]; onVote?: (p: Proposal) => ComponentChildren }) {
  return (
    <table class="nhsuk-table" aria-labelledby="proposals">
      <thead class="nhsuk-table__head"><tr><th scope="col">Proposal</th><th scope="col">State</th><th scope="col">For</th><th scope="col">Against</th><th scope="col">Abstain</th><th scope="col">Quorum</th>{onVote && <th scope="col">Your vote</th>}</tr></thead>
      <tbody class="nhsuk-table__body">
        {proposals.map((x) => (
          <tr class="nhsuk-table__row proposal-row" data-proposal={x.proposalId}>
            <td>{x.description}<br /><span class="nhsuk-body-s">by {orgName(cfg, members, x.proposer)}, voting blocks {x.voteStart}–{x.voteEnd}</span></td>
            <td><strong class="nhsuk-tag">{x.state.toLowerCase()}</strong></td>
            <td class="tally-for">{x.forVotes}</td><td class="tally-against">{x.againstVotes}</td><td class="tally-abstain">{x.abstainVotes}</td><td>{x.quorum}</td>
            {onVote && <td>{onVote(x)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function download(name: string, text: string) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

type WalletIdentity = { verified: boolean; attested: boolean; level?: string; expiresAt?: number; revoked: boolean };

// IdentityStatus: the wallet's identity attestation as the index sees it (IdentityRegistry, docs/identity.md).
function IdentityStatus({ cfg, address }: { cfg: Config; address: string }) {
  const [d, err] = useQuery<{ walletIdentity: WalletIdentity }>(cfg,
    'query($a: String!) { walletIdentity(address: $a) { verified attested level expiresAt revoked } }', { a: address }, [address]);
  const w = d?.walletIdentity;
  let text = 'Checking your identity…';
  if (err) text = `Your identity could not be checked: ${err}`;
  else if (w?.verified) text = `Identity verified with NHS login at ${w.level} until ${when(w.expiresAt ?? 0)}.`;
  else if (w?.revoked) text = 'Identity not verified: the attestation was revoked.';
  else if (w?.attested) text = `Identity not verified: the attestation at ${w.level} expired on ${when(w.expiresAt ?? 0)}.`;
  else if (w) text = 'Identity not verified: this wallet has no identity attestation.';
  return <p class="nhsuk-card__description" id="wallet-identity" data-verified={w ? String(w.verified) : undefined}>{text}</p>;
}

function WalletPage({ cfg, wallet, setWallet }: { cfg: Config; wallet?: Wallet; setWallet: (w?: Wallet) => void }) {
  const [stored, setStored] = useState<KeystoreV3[]>([]);
  const [pass, setPass] = useState('');
  const [err, setErr] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [lastKs, setLastKs] = useState<KeystoreV3>();
  const reload = () => storedKeystores().then(setStored, (e) => setErr(String(e)));
  useEffect(() => { reload(); }, []);
  const act = async (f: () => Promise<void>) => {
    setErr(undefined);
    setBusy(true);
    try { await f(); } catch (e) { setErr(String((e as Error).message ?? e)); } finally { setBusy(false); }
  };
  return (
    <>
      <h1>Your wallet</h1>
      <p>Your wallet signs what you do in Bevan. You never need money for it: the service pays the fees.</p>
      {wallet && (
        <div class="nhsuk-card"><div class="nhsuk-card__content">
          <h2 class="nhsuk-card__heading">Signed in</h2>
          <p class="nhsuk-card__description" id="current-wallet">{wallet.label}: <code>{wallet.address}</code></p>
          <IdentityStatus cfg={cfg} address={wallet.address} />
          <button class="nhsuk-button nhsuk-button--secondary" type="button" onClick={() => setWallet(undefined)}>Sign out</button>
        </div></div>
      )}
      {err && <ErrorSummary title="There is a problem">{err}</ErrorSummary>}
      {cfg.devRoles && cfg.devRoles.length > 0 && (
        <>
          <h2>Development roles</h2>
          <div class="nhsuk-warning-callout"><h3 class="nhsuk-warning-callout__label">Development network only</h3>
            <p>These keys are public. They exist only on this development network.</p></div>
          <ul class="nhsuk-list dev-roles">
            {cfg.devRoles.map((r) => (
              <li><button class="nhsuk-button nhsuk-button--secondary" type="button" data-role={r.role}
                onClick={() => setWallet(keyWallet('dev', r.label, r.key))}>Use as {r.label}</button></li>
            ))}
          </ul>
        </>
      )}
      <h2>Bevan browser wallet</h2>
      <p>A key made in this browser, kept encrypted with your passphrase. Export it to keep a copy: <code>bevan wallet import</code> reads the file.</p>
      <div class="nhsuk-form-group">
        <label class="nhsuk-label" for="passphrase">Passphrase</label>
        <input class="nhsuk-input nhsuk-input--width-20" id="passphrase" type="password" autocomplete="new-password" value={pass} onInput={(e) => setPass((e.target as HTMLInputElement).value)} />
      </div>
      {stored.map((ks) => (
        <div class="nhsuk-form-group stored-wallet">
          <p>Wallet <code>0x{ks.address}</code></p>
          <div class="nhsuk-button-group">
            <button class="nhsuk-button" type="button" disabled={busy} onClick={() => act(async () => setWallet(await unlockBrowserWallet(ks, pass)))}>Unlock</button>
            <button class="nhsuk-button nhsuk-button--secondary" type="button" onClick={() => download(keystoreFileName(ks), JSON.stringify(ks))}>Export keystore file</button>
            <button class="nhsuk-button nhsuk-button--warning" type="button" onClick={() => act(async () => { if (confirm('Delete this wallet from this browser? Export it first if you need it.')) { await deleteKeystore(ks.address); await reload(); } })}>Delete</button>
          </div>
        </div>
      ))}
      <div class="nhsuk-button-group">
        <button class="nhsuk-button" id="create-wallet" type="button" disabled={busy} onClick={() => act(async () => {
          const { wallet: w, keystore } = await createBrowserWallet(pass);
          setLastKs(keystore);
          setWallet(w);
          await reload();
        })}>{busy ? 'Working…' : 'Create a new wallet'}</button>
        <label class="nhsuk-button nhsuk-button--secondary" for="import-file">Import a keystore file</label>
        <input class="nhsuk-u-visually-hidden" id="import-file" type="file" accept=".json,application/json,*" onChange={(e) => {
          const f = (e.target as HTMLInputElement).files?.[0];
          if (f) act(async () => { setWallet(await importKeystore(await f.text(), pass)); await reload(); });
        }} />
      </div>
      {lastKs && <p id="keystore-json" hidden>{JSON.stringify(lastKs)}</p>}
      {injectedProvider() && (
        <>
          <h2>Browser extension wallet</h2>
          <button class="nhsuk-button nhsuk-button--secondary" type="button" onClick={() => act(async () => setWallet(await injectedWallet()))}>Connect</button>
        </>
      )}
    </>
  );
}

function NeedWallet() {
  return <p>To continue, <a href="#/wallet">choose a wallet</a>.</p>;
}

function consentSentence(c: Consent, who: string): string {
  const exp = c.expiresAt ? `, until ${when(c.expiresAt)}` : '';
  return `${who} may ${listPlain(c.actions.map(actionPlain))} ${listPlain(c.purposes.map(purposePlain))}${exp}.`;
}

function PatientPage({ cfg, wallet }: { cfg: Config; wallet?: Wallet }) {
  if (!wallet) return <><h1>Your consents</h1><NeedWallet /></>;
  const self = wallet.address.toLowerCase();
  const [wards] = useQuery<{ guardians: { edges: { node: { patient: string } }[] } }>(cfg,
    'query($g: String!) { guardians(where: {guardian: {eq: $g}}) { edges { node { patient } } } }', { g: self }, [self]);
  const [me, setMe] = useState(self); // the patient acted for: yourself, or a patient you are a guardian of
  const forSelf = me === self;
  const [m] = useQuery<MembersData>(cfg, MEMBERS, undefined, []);
  const members = m?.members.edges.map((e) => e.node);
  const [c, cerr, reloadC] = useQuery<{ consents: { edges: { node: Consent }[] } }>(cfg,
    `query($p: String!) { consents(where: {patient: {eq: $p}}, orderBy: {field: GRANTED_BLOCK, direction: DESC}, first: 200) {
      edges { node { consentId patient grantee purposes actions status expiresAt grantedBlock grantedAt fhir } } } }`, { p: me }, [me]);
  const [g, , reloadG] = useQuery<{ guardians: { edges: { node: { guardian: string; appointedBlock: number } }[] } }>(cfg,
    'query($p: String!) { guardians(where: {patient: {eq: $p}}) { edges { node { guardian appointedBlock } } } }', { p: me }, [me]);
  const [ea] = useQuery<{ emergencyAccesses: { edges: { node: { accessor: string; at: number; block: number } }[] } }>(cfg,
    'query($p: String!) { emergencyAccesses(where: {patient: {eq: $p}}, first: 200) { edges { node { accessor at block } } } }', { p: me }, [me]);
  useLive(cfg, 'subscription($p: String) { consentChanged(patient: $p) { kind block } }', { p: me }, [me], reloadC);
  const [stage, err, run] = useWrite();
  const [grantee, setGrantee] = useState('');
  const [ps, setPs] = useState<string[]>(['TREAT']);
  const [as, setAs] = useState<string[]>(['access']);
  const [expiry, setExpiry] = useState('');
  const [guardian, setGuardian] = useState('');
  const [fhirOpen, setFhirOpen] = useState<string>();
  const toggle = (xs: string[], x: string) => (xs.includes(x) ? xs.filter((y) => y !== x) : [...xs, x]);

  const grant = () => run(async (p) => {
    if (!/^0x[0-9a-fA-F]{40}$/.test(grantee)) throw new Error('Choose who you are giving consent to.');
    if (ps.length === 0) throw new Error('Choose at least one reason.');
    if (as.length === 0) throw new Error('Choose at least one thing they may do.');
    const exp = expiry ? Math.floor(Date.parse(expiry + 'T23:59:59Z') / 1000) : 0;
    if (expiry && !(exp > Date.now() / 1000)) {
      throw new Error(`The end date ${expiry} has already passed: choose a later date, or leave it empty for a consent that lasts until it is withdrawn.`);
    }
    await forward(cfg, wallet, cfg.consents, consentsAbi, 'grant',
      [getAddress(me), grantee as Address, mask(ps, purposes), mask(as, actions), exp, ('0x' + '0'.repeat(64)) as Hex], 600000, p);
    reloadC();
  });
  const revoke = (id: string) => run(async (p) => {
    await forward(cfg, wallet, cfg.consents, consentsAbi, 'revoke', [BigInt(id)], 300000, p);
    reloadC();
  });
  const guard = (fn: 'appointGuardian' | 'removeGuardian', who: string) => run(async (p) => {
    if (!/^0x[0-9a-fA-F]{40}$/.test(who)) throw new Error('Enter the guardian’s wallet address (0x followed by 40 hexadecimal digits).');
    await forward(cfg, wallet, cfg.consents, consentsAbi, fn, [who as Address], 300000, p);
    reloadG();
  });

  const consents = c?.consents.edges.map((e) => e.node) ?? [];
  return (
    <>
      <h1>{forSelf ? 'Your consents' : 'Consents of a patient you are a guardian of'}</h1>
      <p>Signed in as <code>{short(wallet.address)}</code> ({wallet.label}).</p>
      {wards && wards.guardians.edges.length > 0 && (
        <div class="nhsuk-form-group">
          <label class="nhsuk-label" for="acting-for">Acting for</label>
          <select class="nhsuk-select" id="acting-for" value={me} onChange={(e) => setMe((e.target as HTMLSelectElement).value)}>
            <option value={self}>Yourself</option>
            {wards.guardians.edges.map(({ node: x }) => <option value={x.patient}>Patient {short(x.patient)} (you are their guardian)</option>)}
          </select>
        </div>
      )}
      <WriteStatus stage={stage} err={err} />
      {cerr && <ErrorSummary title="Could not load your consents">{cerr}</ErrorSummary>}
      {c && consents.length === 0 && <p>You have not given any consents.</p>}
      <ul class="nhsuk-list consent-list">
        {consents.map((x) => (
          <li class="nhsuk-card consent" data-consent={x.consentId} data-status={x.status}>
            <div class="nhsuk-card__content">
              <h2 class="nhsuk-card__heading nhsuk-heading-s">{orgName(cfg, members, x.grantee)} <strong class="nhsuk-tag">{x.status.toLowerCase()}</strong></h2>
              <p class="nhsuk-card__description">{consentSentence(x, orgName(cfg, members, x.grantee))} Given {when(x.grantedAt)}.</p>
              <div class="nhsuk-button-group">
                {x.status === 'ACTIVE' && <button class="nhsuk-button nhsuk-button--warning revoke" type="button" onClick={() => revoke(x.consentId)}>Withdraw this consent</button>}
                <button class="nhsuk-button nhsuk-button--secondary" type="button" aria-expanded={fhirOpen === x.consentId}
                  onClick={() => setFhirOpen(fhirOpen === x.consentId ? undefined : x.consentId)}>{fhirOpen === x.consentId ? 'Hide' : 'Show'} the FHIR record</button>
              </div>
              {fhirOpen === x.consentId && <pre class="bevan-fhir" tabIndex={0}>{JSON.stringify(x.fhir, null, 2)}</pre>}
            </div>
          </li>
        ))}
      </ul>

      <h2 id="grant-heading">Give a new consent</h2>
      <form onSubmit={(e) => { e.preventDefault(); grant(); }} aria-labelledby="grant-heading">
        <div class="nhsuk-form-group">
          <label class="nhsuk-label" for="grantee">Who may see your records</label>
          <select class="nhsuk-select" id="grantee" value={grantee} onChange={(e) => setGrantee((e.target as HTMLSelectElement).value)}>
            <option value="">Choose an organisation</option>
            {members?.map((x) => <option value={x.account}>{orgName(cfg, members, x.account)}</option>)}
            {cfg.devRoles?.filter((r) => !members?.some((x) => x.account === r.address.toLowerCase()) && ['agency', 'research'].includes(r.role))
              .map((r) => <option value={r.address.toLowerCase()}>{r.label} (not a member)</option>)}
          </select>
        </div>
        <div class="nhsuk-form-group">
          <fieldset class="nhsuk-fieldset" aria-describedby="purposes-hint">
            <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Why they may use them</legend>
            <div class="nhsuk-hint" id="purposes-hint">Select all that apply.</div>
            <div class="nhsuk-checkboxes">
              {purposes.filter((x) => x.code !== 'BTG').map((x) => (
                <div class="nhsuk-checkboxes__item">
                  <input class="nhsuk-checkboxes__input" id={`purpose-${x.code}`} type="checkbox" checked={ps.includes(x.code)} onChange={() => setPs(toggle(ps, x.code))} />
                  <label class="nhsuk-label nhsuk-checkboxes__label" for={`purpose-${x.code}`}>{x.plain[0].toUpperCase() + x.plain.slice(1)}</label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <div class="nhsuk-form-group">
          <fieldset class="nhsuk-fieldset">
            <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">What they may do</legend>
            <div class="nhsuk-checkboxes">
              {actions.map((x) => (
                <div class="nhsuk-checkboxes__item">
                  <input class="nhsuk-checkboxes__input" id={`action-${x.code}`} type="checkbox" checked={as.includes(x.code)} onChange={() => setAs(toggle(as, x.code))} />
                  <label class="nhsuk-label nhsuk-checkboxes__label" for={`action-${x.code}`}>{x.plain[0].toUpperCase() + x.plain.slice(1)}</label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <div class="nhsuk-form-group">
          <label class="nhsuk-label" for="expiry">Until (optional)</label>
          <div class="nhsuk-hint" id="expiry-hint">Leave empty for a consent that lasts until you withdraw it.</div>
          <input class="nhsuk-input nhsuk-input--width-10" id="expiry" type="date" aria-describedby="expiry-hint" value={expiry} onInput={(e) => setExpiry((e.target as HTMLInputElement).value)} />
        </div>
        <button class="nhsuk-button" id="grant" type="submit">Give consent</button>
      </form>

      {forSelf && <>
      <h2>Your guardians</h2>
      <p>A guardian can give and withdraw consents for you.</p>
      <ul class="nhsuk-list">
        {g?.guardians.edges.map(({ node: x }) => (
          <li><code>{x.guardian}</code> <button class="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="button" onClick={() => guard('removeGuardian', x.guardian)}>Remove</button></li>
        ))}
      </ul>
      <form onSubmit={(e) => { e.preventDefault(); guard('appointGuardian', guardian); }}>
        <div class="nhsuk-form-group">
          <label class="nhsuk-label" for="guardian">Guardian’s wallet address</label>
          <input class="nhsuk-input" id="guardian" type="text" spellcheck={false} autocomplete="off" value={guardian} onInput={(e) => setGuardian((e.target as HTMLInputElement).value.trim())} />
        </div>
        <button class="nhsuk-button nhsuk-button--secondary" id="appoint-guardian" type="submit">Appoint a guardian</button>
      </form>
      </>}

      <h2 id="btg">Emergency access to your records</h2>
      <p>When a clinician “breaks the glass” to see your records in an emergency, it is recorded here.</p>
      {ea && ea.emergencyAccesses.edges.length === 0 && <p>No one has used emergency access to your records.</p>}
      {ea && ea.emergencyAccesses.edges.length > 0 && (
        <table class="nhsuk-table" aria-labelledby="btg">
          <thead class="nhsuk-table__head"><tr><th scope="col">Who</th><th scope="col">When</th></tr></thead>
          <tbody class="nhsuk-table__body">{ea.emergencyAccesses.edges.map(({ node: x }) => <tr class="nhsuk-table__row"><td>{orgName(cfg, members, x.accessor)}</td><td>{when(x.at)}</td></tr>)}</tbody>
        </table>
      )}
    </>
  );
}

const kindCodes = ['nhs-trust', 'gp-practice', 'local-authority', 'care-provider', 'other']; // Membership.Kind 1..5

// odsBytes8 encodes an ODS code as Membership stores it: 1-8 upper-case letters or digits, left-aligned, zero-padded.
function odsBytes8(code: string): Hex {
  if (!/^[A-Z0-9]{1,8}$/.test(code)) throw new Error('Enter the ODS code: 1 to 8 capital letters or digits, like RJ1 or A81001.');
  return (toHex(new TextEncoder().encode(code)) + '0'.repeat(16 - code.length * 2)) as Hex;
}

function DaoPage({ cfg, wallet }: { cfg: Config; wallet?: Wallet }) {
  const [m, , reloadM] = useQuery<MembersData>(cfg, MEMBERS, undefined, []);
  const members = m?.members.edges.map((e) => e.node);
  const [p, perr, reload] = useQuery<ProposalsData>(cfg, PROPOSALS, undefined, []);
  useLive(cfg, PROPOSAL_CHANGES, {}, [], reload);
  const [stage, err, run] = useWrite();
  const [kind, setKind] = useState<'admit' | 'remove'>('admit');
  const [who, setWho] = useState('');
  const [ods, setOds] = useState('');
  const [orgKind, setOrgKind] = useState('care-provider');
  const props = p?.proposals.edges.map((e) => e.node).sort((a, b) => b.createdBlock - a.createdBlock);
  const isMember = wallet && members?.some((x) => x.account === wallet.address.toLowerCase());
  const cast = (x: Proposal, support: 0 | 1 | 2) => run(async (pr) => {
    await vote(cfg, wallet!, BigInt(x.proposalId), support, pr);
    reload();
  });
  const lifecycle = (x: Proposal, fn: 'queue' | 'execute') => run(async (pr) => {
    await forward(cfg, wallet!, cfg.governor, governorAbi, fn, [x.targets as Address[], x.values.map((v) => BigInt(v)),
      x.calldatas as Hex[], keccak256(stringToHex(x.description))], fn === 'queue' ? 400000 : 800000, pr);
    reload();
    reloadM();
  });
  const propose = () => run(async (pr) => {
    if (!/^0x[0-9a-fA-F]{40}$/.test(who)) throw new Error('Enter the organisation’s wallet address (0x followed by 40 hexadecimal digits).');
    const acct = getAddress(who);
    let data: Hex;
    let description: string;
    if (kind === 'admit') {
      const k = kindCodes.indexOf(orgKind) + 1;
      data = encodeFunctionData({ abi: membershipAbi, functionName: 'mint', args: [acct, odsBytes8(ods), k] });
      description = `Admit ${acct} (ODS ${ods}) as a ${orgKind} member`;
    } else {
      data = encodeFunctionData({ abi: membershipAbi, functionName: 'burn', args: [acct] });
      description = `Remove member ${acct}`;
    }
    await forward(cfg, wallet!, cfg.governor, governorAbi, 'propose', [[cfg.membership], [0n], [data], description], 900000, pr);
    reload();
  });
  const now = Date.now() / 1000;
  return (
    <>
      <h1>The DAO</h1>
      <p>Member organisations propose and vote on who joins the Integrated Care Board’s service and how it is run.</p>
      {!wallet && <NeedWallet />}
      {wallet && !isMember && members && <p>Your wallet <code>{short(wallet.address)}</code> is not a member: you can follow the proposals but not vote.</p>}
      <WriteStatus stage={stage} err={err} />
      {perr && <ErrorSummary title="Could not load the proposals">{perr}</ErrorSummary>}
      <h2 id="proposals">Proposals</h2>
      {props && props.length === 0 && <p>No proposals yet.</p>}
      {props && props.length > 0 && <ProposalTable cfg={cfg} proposals={props} members={members} onVote={isMember ? (x) => (
        <div class="nhsuk-button-group vote-buttons">
          {x.state === 'ACTIVE' && <>
            <button class="nhsuk-button nhsuk-button--small vote-for" type="button" onClick={() => cast(x, 1)}>For<span class="nhsuk-u-visually-hidden">: {x.description}</span></button>
            <button class="nhsuk-button nhsuk-button--small nhsuk-button--secondary vote-against" type="button" onClick={() => cast(x, 0)}>Against<span class="nhsuk-u-visually-hidden">: {x.description}</span></button>
            <button class="nhsuk-button nhsuk-button--small nhsuk-button--secondary vote-abstain" type="button" onClick={() => cast(x, 2)}>Abstain<span class="nhsuk-u-visually-hidden">: {x.description}</span></button>
          </>}
          {x.state === 'SUCCEEDED' && <button class="nhsuk-button nhsuk-button--small queue" type="button" onClick={() => lifecycle(x, 'queue')}>Queue<span class="nhsuk-u-visually-hidden">: {x.description}</span></button>}
          {x.state === 'QUEUED' && <button class="nhsuk-button nhsuk-button--small execute" type="button" onClick={() => lifecycle(x, 'execute')}
            disabled={x.eta !== null && x.eta > now}>{x.eta !== null && x.eta > now ? `Executable from ${when(x.eta)}` : 'Execute'}<span class="nhsuk-u-visually-hidden">: {x.description}</span></button>}
        </div>
      ) : undefined} />}
      {isMember && (
        <>
          <h2 id="propose-heading">Make a proposal</h2>
          <form onSubmit={(e) => { e.preventDefault(); propose(); }} aria-labelledby="propose-heading">
            <div class="nhsuk-form-group">
              <fieldset class="nhsuk-fieldset">
                <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">What do you propose?</legend>
                <div class="nhsuk-radios">
                  <div class="nhsuk-radios__item">
                    <input class="nhsuk-radios__input" id="propose-admit" name="propose-kind" type="radio" checked={kind === 'admit'} onChange={() => setKind('admit')} />
                    <label class="nhsuk-label nhsuk-radios__label" for="propose-admit">Admit a member organisation</label>
                  </div>
                  <div class="nhsuk-radios__item">
                    <input class="nhsuk-radios__input" id="propose-remove" name="propose-kind" type="radio" checked={kind === 'remove'} onChange={() => setKind('remove')} />
                    <label class="nhsuk-label nhsuk-radios__label" for="propose-remove">Remove a member organisation</label>
                  </div>
                </div>
              </fieldset>
            </div>
            <div class="nhsuk-form-group">
              <label class="nhsuk-label" for="propose-account">The organisation’s wallet address</label>
              <input class="nhsuk-input" id="propose-account" type="text" spellcheck={false} autocomplete="off" value={who} onInput={(e) => setWho((e.target as HTMLInputElement).value.trim())} />
            </div>
            {kind === 'admit' && <>
              <div class="nhsuk-form-group">
                <label class="nhsuk-label" for="propose-ods">ODS code</label>
                <input class="nhsuk-input nhsuk-input--width-10" id="propose-ods" type="text" spellcheck={false} autocomplete="off" value={ods} onInput={(e) => setOds((e.target as HTMLInputElement).value.trim().toUpperCase())} />
              </div>
              <div class="nhsuk-form-group">
                <label class="nhsuk-label" for="propose-kind-select">Kind of organisation</label>
                <select class="nhsuk-select" id="propose-kind-select" value={orgKind} onChange={(e) => setOrgKind((e.target as HTMLSelectElement).value)}>
                  {kindCodes.map((k) => <option value={k}>{kinds[k]}</option>)}
                </select>
              </div>
            </>}
            <button class="nhsuk-button" id="propose" type="submit">Propose</button>
          </form>
        </>
      )}
    </>
  );
}

const ZERO = ('0x' + '0'.repeat(64)) as Hex;

async function readFile(input: HTMLInputElement): Promise<{ name: string; data: Uint8Array } | undefined> {
  const f = input.files?.[0];
  return f ? { name: f.name, data: new Uint8Array(await f.arrayBuffer()) } : undefined;
}

function FileDrop({ id, label, hint, onFile }: { id: string; label: string; hint: string; onFile: (f: { name: string; data: Uint8Array }) => void }) {
  const [over, setOver] = useState(false);
  return (
    <div class={`nhsuk-form-group bevan-drop${over ? ' bevan-drop--over' : ''}`}
      onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)}
      onDrop={async (e) => { e.preventDefault(); setOver(false); const f = e.dataTransfer?.files[0]; if (f) onFile({ name: f.name, data: new Uint8Array(await f.arrayBuffer()) }); }}>
      <label class="nhsuk-label" for={id}>{label}</label>
      <div class="nhsuk-hint" id={`${id}-hint`}>{hint}</div>
      <input class="nhsuk-file-upload" id={id} type="file" aria-describedby={`${id}-hint`} accept=".json,application/json,application/fhir+json"
        onChange={async (e) => { const f = await readFile(e.target as HTMLInputElement); if (f) onFile(f); }} />
    </div>
  );
}

function CustodianPage({ cfg, wallet }: { cfg: Config; wallet?: Wallet }) {
  const [m] = useQuery<MembersData>(cfg, MEMBERS, undefined, []);
  const members = m?.members.edges.map((e) => e.node);
  const mine = wallet && members?.find((x) => x.account === wallet.address.toLowerCase());
  const [file, setFile] = useState<{ name: string; res?: Resource; err?: string }>();
  const [proof, setProof] = useState<{ name: string; text: string }>();
  const [stage, err, run] = useWrite();
  const [vFile, setVFile] = useState<{ name: string; data: Uint8Array }>();
  const [vProof, setVProof] = useState<{ name: string; data: Uint8Array }>();
  const [verdict, setVerdict] = useState<{ ok: boolean; text: string }>();

  const pick = (f: { name: string; data: Uint8Array }) => {
    setProof(undefined);
    try { setFile({ name: f.name, res: parseResource(f.data) }); } catch (e) { setFile({ name: f.name, err: (e as Error).message }); }
  };
  const anchor = () => run(async (p) => {
    if (!wallet || !mine) throw new Error('Only a member organisation that is a records custodian can anchor records.');
    if (!file?.res) throw new Error('Choose a FHIR JSON file first.');
    const res = file.res;
    const ods = mine.odsCode;
    const c = await loadCustodian(wallet.address, ods);
    const key = `${res.resourceType}/${res.id}`;
    const rec = c.records[key] ?? (() => {
      const recordKey = random32();
      return { key, recordKey, recordId: recordId(c.secret, recordKey, ods, res.resourceType, res.id), versions: [] };
    })();
    const salt = random32();
    const ch = contentHash(salt, res.canonical);
    const supersedes = rec.versions.length ? rec.versions[rec.versions.length - 1].contentHash : ZERO;
    // the key material is stored before sending: the salt must outlive a crash
    rec.versions.push({ contentHash: ch, salt, supersedes, block: 0 });
    c.records[key] = rec;
    await saveCustodian(c);
    const st = await forward(cfg, wallet, cfg.anchors, anchorsAbi, 'anchor', [rec.recordId, ch, supersedes], 300000, p);
    rec.versions[rec.versions.length - 1].block = st.block ?? 0;
    await saveCustodian(c);
    const pf: Proof = { version: 3, chainId: cfg.chainId, recordAnchor: cfg.anchors, odsCode: ods, custodian: wallet.address, recordId: rec.recordId, contentHash: ch, salt,
      supersedes, batchRoot: ZERO, proof: [], txHash: st.txHash ?? ZERO, block: st.block ?? 0 };
    setProof({ name: file.name + '.proof.json', text: JSON.stringify(pf, null, 2) });
  });
  const verify = async () => {
    setVerdict(undefined);
    try {
      if (!vFile || !vProof) throw new Error('Choose the record file and its proof file.');
      const pf = JSON.parse(new TextDecoder().decode(vProof.data)) as Proof;
      if (pf.version !== 3 || !pf.salt || !pf.recordId || !pf.contentHash || !pf.custodian) throw new Error('That is not a Bevan proof file (version 3).');
      if (pf.chainId !== cfg.chainId || pf.recordAnchor.toLowerCase() !== cfg.anchors.toLowerCase()) throw new Error(`The proof is for chain ${pf.chainId}, contract ${pf.recordAnchor}: not this Bevan deployment.`);
      const res = parseResource(vFile.data);
      const ch = contentHash(pf.salt, res.canonical);
      if (ch.toLowerCase() !== pf.contentHash.toLowerCase()) {
        setVerdict({ ok: false, text: 'The record does not match its proof: its content has changed since it was anchored, or the proof belongs to another record.' });
        return;
      }
      if (pf.batchRoot === ZERO) {
        const d = await gql<{ anchors: { edges: { node: { custodian: string; anchoredAt: number; block: number } }[] } }>(cfg.graphql,
          'query($r: String!, $c: String!, $k: String!) { anchors(where: {recordId: {eq: $r}, contentHash: {eq: $c}, custodian: {eq: $k}}) { edges { node { custodian anchoredAt block } } } }',
          { r: pf.recordId.toLowerCase(), c: ch.toLowerCase(), k: pf.custodian.toLowerCase() });
        const a = d.anchors.edges[0]?.node;
        if (!a) { setVerdict({ ok: false, text: 'The record matches its proof, but this version is not anchored on the chain.' }); return; }
        setVerdict({ ok: true, text: `Verified: this exact record was anchored by ${orgName(cfg, members, a.custodian)} on ${when(a.anchoredAt)} (block ${a.block}).` });
      } else {
        const d = await gql<{ batches: { edges: { node: { custodian: string; anchoredAt: number; block: number } }[] } }>(cfg.graphql,
          'query($r: String!, $k: String!) { batches(where: {root: {eq: $r}, custodian: {eq: $k}}) { edges { node { custodian anchoredAt block } } } }',
          { r: pf.batchRoot.toLowerCase(), k: pf.custodian.toLowerCase() });
        const b = d.batches.edges[0]?.node;
        if (!b) { setVerdict({ ok: false, text: 'The record matches its proof, but its batch is not anchored on the chain.' }); return; }
        if (!merkleVerify(pf.recordId, ch, pf.proof, pf.batchRoot)) { setVerdict({ ok: false, text: 'The Merkle proof does not lead from the record to its batch.' }); return; }
        setVerdict({ ok: true, text: `Verified: this exact record was anchored in a batch by ${orgName(cfg, members, b.custodian)} on ${when(b.anchoredAt)} (block ${b.block}).` });
      }
    } catch (e) {
      setVerdict({ ok: false, text: (e as Error).message });
    }
  };
  return (
    <>
      <h1>Records</h1>
      <p>Anchor a FHIR record so anyone holding it and its proof can later check it has not changed. Only hashes go on
        the chain: the record, and the proof (which links the record to the chain), stay with you.</p>
      <h2>Anchor a record</h2>
      {!wallet && <NeedWallet />}
      {wallet && members && !mine && <p>Your wallet <code>{short(wallet.address)}</code> is not a member organisation: you can verify records but not anchor them.</p>}
      {wallet && mine && (
        <>
          <p>Anchoring as {orgName(cfg, members, wallet.address)}.</p>
          <FileDrop id="anchor-file" label="FHIR JSON record" hint="Drop a file here or choose one. It is read in this browser and never uploaded." onFile={pick} />
          {file?.err && <ErrorSummary title="That file cannot be anchored">{file.err}</ErrorSummary>}
          {file?.res && (
            <dl class="nhsuk-summary-list" id="anchor-summary">
              <div class="nhsuk-summary-list__row"><dt class="nhsuk-summary-list__key">Resource</dt><dd class="nhsuk-summary-list__value">{file.res.resourceType}/{file.res.id}</dd></div>
              <div class="nhsuk-summary-list__row"><dt class="nhsuk-summary-list__key">Canonical size</dt><dd class="nhsuk-summary-list__value">{file.res.canonical.length} bytes (RFC 8785)</dd></div>
            </dl>
          )}
          <WriteStatus stage={stage} err={err} />
          <button class="nhsuk-button" id="anchor" type="button" disabled={!file?.res} onClick={anchor}>Anchor this record</button>
          {proof && (
            <p><a class="nhsuk-button nhsuk-button--secondary" id="proof-download" download={proof.name}
              href={'data:application/json;charset=utf-8,' + encodeURIComponent(proof.text)}>Download the proof ({proof.name})</a></p>
          )}
          {proof && <pre hidden id="proof-json">{proof.text}</pre>}
        </>
      )}
      <h2>Verify a record</h2>
      <FileDrop id="verify-file" label="The record (FHIR JSON)" hint="The file to check." onFile={setVFile} />
      <FileDrop id="verify-proof" label="Its proof file" hint="The .proof.json file made when it was anchored (also by bevan record anchor)." onFile={setVProof} />
      {(vFile || vProof) && <p id="verify-chosen">Record: {vFile?.name ?? 'not chosen'}. Proof: {vProof?.name ?? 'not chosen'}.</p>}
      <button class="nhsuk-button nhsuk-button--secondary" id="verify" type="button" onClick={verify}>Verify</button>
      {verdict && (verdict.ok
        ? <div class="nhsuk-inset-text verdict" role="status" data-ok="true"><p>{verdict.text}</p></div>
        : <div class="verdict" data-ok="false"><ErrorSummary title="Not verified">{verdict.text}</ErrorSummary></div>)}
    </>
  );
}

interface Decision {
  permitted: boolean; basis: string;
  consent: { consentId: string; status: string; grantedAt: number; purposes: string[]; actions: string[] } | null;
  objection: { objectionId: number } | null;
  emergencyAccess: { accessor: string; at: number } | null;
}

function GranteePage({ cfg, wallet }: { cfg: Config; wallet?: Wallet }) {
  if (!wallet) return <><h1>Access checks</h1><NeedWallet /></>;
  const me = wallet.address.toLowerCase();
  const [m] = useQuery<MembersData>(cfg, MEMBERS, undefined, []);
  const members = m?.members.edges.map((e) => e.node);
  const [c, cerr, reloadC] = useQuery<{ consents: { edges: { node: Consent }[] } }>(cfg,
    `query($g: String!) { consents(where: {grantee: {eq: $g}}, orderBy: {field: GRANTED_BLOCK, direction: DESC}, first: 200) {
      edges { node { consentId patient grantee purposes actions status expiresAt grantedBlock grantedAt } } } }`, { g: me }, [me]);
  // a consent granted to (or withdrawn from) this organisation while the page is open shows without a reload
  useLive(cfg, 'subscription($g: String) { consentChanged(grantee: $g) { kind block } }', { g: me }, [me], reloadC);
  const [patient, setPatient] = useState('');
  const [purpose, setPurpose] = useState('TREAT');
  const [action, setAction] = useState('access');
  const [d, setD] = useState<Decision>();
  const [chain, setChain] = useState<{ permitted?: boolean; block?: number; error?: string }>();
  const [err, setErr] = useState<string>();
  const check = async () => {
    setErr(undefined);
    setD(undefined);
    setChain(undefined);
    try {
      if (!/^0x[0-9a-fA-F]{40}$/.test(patient)) throw new Error('Enter the patient’s wallet address (0x followed by 40 hexadecimal digits).');
      // the contract's own answer (ConsentRegistry.isPermitted through the server's one on-chain read), beside the
      // indexed audit answer
      const q = new URLSearchParams({ patient, grantee: wallet.address, purpose, action });
      fetch(`api/permitted?${q}`, { headers: { Accept: 'application/json' } })
        .then(async (res) => {
          const b = await res.json();
          setChain(res.ok ? { permitted: b.permitted === true, block: b.block } : { error: `${b.error?.message ?? res.statusText} (${b.error?.code ?? res.status})` });
        })
        .catch((e) => setChain({ error: String((e as Error).message ?? e) }));
      const r = await gql<{ consentAt: Decision }>(cfg.graphql, `query($p: String!, $g: String!, $pu: String!, $a: String!, $at: Int!) {
        consentAt(patient: $p, grantee: $g, purpose: $pu, action: $a, at: $at) { permitted basis
          consent { consentId status grantedAt purposes actions } objection { objectionId } emergencyAccess { accessor at } } }`,
        { p: patient.toLowerCase(), g: me, pu: purpose, a: action, at: Math.floor(Date.now() / 1000) });
      setD(r.consentAt);
    } catch (e) {
      setErr((e as Error).message);
    }
  };
  const consents = c?.consents.edges.map((e) => e.node) ?? [];
  return (
    <>
      <h1>Access checks</h1>
      <p>For {orgName(cfg, members, wallet.address)}: may you access a patient’s records, for a purpose, now?</p>
      <form onSubmit={(e) => { e.preventDefault(); check(); }}>
        <div class="nhsuk-form-group">
          <label class="nhsuk-label" for="check-patient">Patient’s wallet address</label>
          <input class="nhsuk-input" id="check-patient" type="text" spellcheck={false} autocomplete="off" value={patient} onInput={(e) => setPatient((e.target as HTMLInputElement).value.trim())} />
        </div>
        <div class="nhsuk-form-group">
          <label class="nhsuk-label" for="check-purpose">Purpose</label>
          <select class="nhsuk-select" id="check-purpose" value={purpose} onChange={(e) => setPurpose((e.target as HTMLSelectElement).value)}>
            {purposes.map((x) => <option value={x.code}>{x.display} ({x.code})</option>)}
          </select>
        </div>
        <div class="nhsuk-form-group">
          <label class="nhsuk-label" for="check-action">Action</label>
          <select class="nhsuk-select" id="check-action" value={action} onChange={(e) => setAction((e.target as HTMLSelectElement).value)}>
            {actions.map((x) => <option value={x.code}>{x.code}: {x.plain}</option>)}
          </select>
        </div>
        <button class="nhsuk-button" id="check" type="submit">Check</button>
      </form>
      {err && <ErrorSummary title="Could not check">{err}</ErrorSummary>}
      {(d || chain) && <div class="nhsuk-grid-row"><div class="nhsuk-grid-column-one-half">
      <h2 class="nhsuk-heading-s">The contract’s answer</h2>
      {!chain && <p>Asking the chain…</p>}
      {chain && (chain.error !== undefined
        ? <p class="onchain" data-permitted="">The chain could not be asked: {chain.error}.</p>
        : <div class={chain.permitted ? 'nhsuk-inset-text onchain' : 'nhsuk-warning-callout onchain'} role="status" data-permitted={String(chain.permitted)}>
          <p>{chain.permitted ? 'Yes: ConsentRegistry.isPermitted says permitted' : 'No: ConsentRegistry.isPermitted says not permitted'} at block {chain.block}.</p>
          <p class="nhsuk-body-s">Asked of the contract directly (<code>isPermitted</code>), as <code>bevan consent check</code> does.</p>
        </div>)}
      </div><div class="nhsuk-grid-column-one-half">
      <h2 class="nhsuk-heading-s">The audit answer</h2>
      {!d && !err && <p>Asking Bevan…</p>}
      {d && (
        <div class={d.permitted ? 'nhsuk-inset-text decision' : 'nhsuk-warning-callout decision'} role="status" data-permitted={String(d.permitted)} data-basis={d.basis}>
          {!d.permitted && <h2 class="nhsuk-warning-callout__label">Not permitted</h2>}
          <p>{d.permitted ? `Yes: permitted by consent ${short(d.consent!.consentId)}, given ${when(d.consent!.grantedAt)}.`
            : d.objection ? `No: the patient has objected to this purpose (objection ${d.objection.objectionId}).`
              : d.basis === 'EMERGENCY_ACCESS' ? `No consent covers it. A break-glass access by ${orgName(cfg, members, d.emergencyAccess!.accessor)} on ${when(d.emergencyAccess!.at)} covers the last 24 hours: an audited exception, not consent.`
                : 'No: no consent covers this purpose and action now.'}</p>
          <p class="nhsuk-body-s">From the indexed chain (GraphQL <code>consentAt</code>), as of now, with the deciding consent.</p>
        </div>
      )}
      </div></div>}
      <h2 id="granted">Consents granted to you</h2>
      {cerr && <ErrorSummary title="Could not load the consents">{cerr}</ErrorSummary>}
      {c && consents.length === 0 && <p>No patient has granted you a consent.</p>}
      {consents.length > 0 && (
        <table class="nhsuk-table" aria-labelledby="granted">
          <thead class="nhsuk-table__head"><tr><th scope="col">Patient</th><th scope="col">Purposes</th><th scope="col">Actions</th><th scope="col">Status</th><th scope="col">Given</th></tr></thead>
          <tbody class="nhsuk-table__body">{consents.map((x) => (
            <tr class="nhsuk-table__row granted-row"><td><code>{short(x.patient)}</code></td><td>{x.purposes.join(', ')}</td><td>{x.actions.join(', ')}</td>
              <td><strong class="nhsuk-tag">{x.status.toLowerCase()}</strong></td><td>{when(x.grantedAt)}</td></tr>
          ))}</tbody>
        </table>
      )}
    </>
  );
}

const pages: { hash: string; title: string }[] = [
  { hash: '#/', title: 'Home' },
  { hash: '#/patient', title: 'Your consents' },
  { hash: '#/check', title: 'Access checks' },
  { hash: '#/dao', title: 'DAO' },
  { hash: '#/records', title: 'Records' },
  { hash: '#/wallet', title: 'Wallet' },
];

function App({ cfg }: { cfg: Config }) {
  const hash = useHash();
  const [wallet, setWallet] = useState<Wallet>();
  const page = pages.find((p) => p.hash === hash) ?? pages[0];
  useEffect(() => { document.title = `${page.title} – Bevan`; document.getElementById('maincontent')?.focus(); }, [page.hash]);
  return (
    <>
      <a class="nhsuk-skip-link" href="#maincontent" onClick={(e) => { e.preventDefault(); document.getElementById('maincontent')?.focus(); }}>Skip to main content</a>
      <header class="nhsuk-header" role="banner">
        <div class="nhsuk-header__container nhsuk-width-container">
          <div class="nhsuk-header__service"><a class="nhsuk-header__service-logo bevan-logo" href="#/">Bevan</a></div>
          <div class="bevan-account">{wallet ? <a href="#/wallet">{short(wallet.address)}</a> : <a href="#/wallet">Choose a wallet</a>}</div>
        </div>
        <nav class="bevan-nav" aria-label="Menu">
          <ul class="nhsuk-width-container">
            {pages.map((p) => <li><a href={p.hash} aria-current={p.hash === page.hash ? 'page' : undefined}>{p.title}</a></li>)}
          </ul>
        </nav>
      </header>
      <div class="nhsuk-width-container">
        <main class="nhsuk-main-wrapper" id="maincontent" role="main" tabIndex={-1} data-page={page.hash}>
          {page.hash === '#/' && <Landing cfg={cfg} />}
          {page.hash === '#/wallet' && <WalletPage cfg={cfg} wallet={wallet} setWallet={setWallet} />}
          {page.hash === '#/patient' && <PatientPage key={wallet?.address} cfg={cfg} wallet={wallet} />}
          {page.hash === '#/check' && <GranteePage key={wallet?.address} cfg={cfg} wallet={wallet} />}
          {page.hash === '#/dao' && <DaoPage key={wallet?.address} cfg={cfg} wallet={wallet} />}
          {page.hash === '#/records' && <CustodianPage key={wallet?.address} cfg={cfg} wallet={wallet} />}
        </main>
      </div>
      <footer role="contentinfo"><div class="nhsuk-footer"><div class="nhsuk-width-container">
        <p class="nhsuk-body-s">Bevan: consent and governance for joined-up care. Chain {cfg.chainId}.</p>
      </div></div></footer>
    </>
  );
}

loadConfig().then(
  (cfg) => {
    const root = document.getElementById('app')!;
    root.textContent = ''; // the loading message
    render(<App cfg={cfg} />, root);
  },
  (e) => { document.getElementById('app')!.textContent = 'Bevan could not start: ' + String(e); },
);
