package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/commitment"
	"github.com/bevan-health/bevan/fhirconsent"
	"github.com/bevan-health/bevan/fhirrecord"
	gqlclient "github.com/bevan-health/bevan/graphql/client"
	"github.com/bevan-health/bevan/relayer/api"
	"github.com/bevan-health/bevan/vocab"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/urfave/cli/v2"
)

func consentCommand() *cli.Command {
	return &cli.Command{
		Name:  "consent",
		Usage: "grant, revoke, list, show and check patients' consents (ConsentRegistry), gaslessly through the relayer",
		Description: "A consent names a grantee, FHIR R4 purposes of use (v3-ActReason: TREAT, CAREMGT, ...) and consent\n" +
			"actions (collect, access, use, disclose, correct), an optional expiry and a hash of the data it covers.\n" +
			"The patient's wallet (or a guardian's, with --patient) signs; the relayer pays.",
		Subcommands: []*cli.Command{
			{
				Name:  "grant",
				Usage: "grant a consent (as the patient, or as a guardian with --patient), or import one from a FHIR R4 Consent",
				Flags: append(chainFlags(true),
					&cli.StringFlag{Name: "grantee", Usage: "address of the organisation or clinician granted access (required unless --from-fhir)"},
					&cli.StringFlag{Name: "purpose", Usage: "comma-separated FHIR purposes of use, e.g. TREAT,CAREMGT (required unless --from-fhir); " +
						"HRESCH and CLINTRL only by the patient"},
					&cli.StringFlag{Name: "action", Usage: "comma-separated consent actions, e.g. access,use (required unless --from-fhir)"},
					&cli.StringFlag{Name: "from-fhir", Usage: "grant what this FHIR R4 Consent (JSON) says; an element Bevan cannot represent is refused before anything is sent"},
					&cli.StringFlag{Name: "address-book", Usage: "with --from-fhir: JSON object mapping references (\"Patient/123\") or identifiers (\"system|value\") to addresses; CAIP-10 ids need none"},
					&cli.StringFlag{Name: "expires", Usage: "expiry: a duration from now (90d, 12h, 1d12h) or an RFC 3339 time; default: no expiry"},
					&cli.StringFlag{Name: "scope", Usage: "file the consent covers: a salted commitment to it is recorded, keccak256(salt ‖ content) " +
						"(a FHIR resource's canonical JSON, otherwise the bytes); the salt goes to a local receipt"},
					&cli.StringFlag{Name: "scope-receipt", Usage: "where to write the scope receipt (default: $BEVAN_HOME/receipts/consent-scope/<commitment>.json)"},
					&cli.StringFlag{Name: "patient", Usage: "the patient a guardian acts for (default: the wallet's own address)"},
				),
				Action: consentGrant,
			},
			objectCommand(),
			withdrawObjectionCommand(),
			{
				Name:      "revoke",
				Usage:     "revoke a consent now (as its patient or one of their guardians)",
				ArgsUsage: "CONSENT_ID",
				Flags:     chainFlags(true),
				Action:    consentRevoke,
			},
			{
				Name:  "list",
				Usage: "list consents from the GraphQL indexer: a patient's (default: the wallet's), or those granted to --grantee",
				Flags: append(indexFlags(),
					&cli.StringFlag{Name: "patient", Usage: "the patient's address (default: the wallet's, unless --grantee is given)"},
					&cli.StringFlag{Name: "grantee", Usage: "only consents granted to this address"},
					&cli.BoolFlag{Name: "active", Usage: "only active consents (not revoked, not expired)"},
					&cli.IntFlag{Name: "first", Value: 100, Usage: "how many consents to list, newest first"},
					&cli.BoolFlag{Name: "all", Usage: "list every consent (all pages)"},
					&cli.StringFlag{Name: "after", Usage: "continue after this cursor (endCursor of a previous --json list)"},
				),
				Action: consentList,
			},
			{
				Name:      "show",
				Usage:     "show a consent as recorded on chain",
				ArgsUsage: "CONSENT_ID",
				Flags: append(chainFlags(false),
					&cli.BoolFlag{Name: "fhir", Usage: "print it as a FHIR R4 Consent resource (JSON), as the GraphQL API's Consent.fhir " +
						"(with the grant time and data scope from its ConsentGranted event)"}),
				Action: consentShow,
			},
			{
				Name: "check",
				Usage: "does a patient permit a grantee an action for a purpose: now (asks the chain), or at a past time with --at " +
					"(asks the GraphQL indexer; the audit question)",
				Flags: append(chainFlags(false),
					&cli.StringFlag{Name: "patient", Usage: "the patient's address (default: the wallet's)"},
					&cli.StringFlag{Name: "grantee", Usage: "the grantee's address", Required: true},
					&cli.StringFlag{Name: "purpose", Usage: "one FHIR purpose of use, e.g. CAREMGT", Required: true},
					&cli.StringFlag{Name: "action", Usage: "one consent action, e.g. access", Required: true},
					&cli.StringFlag{Name: "at", Usage: "a past time: RFC 3339 (2026-11-24T13:40:00Z), unix seconds, or a duration ago (2h, 3d, 1d12h)"},
					graphqlFlag(),
				),
				Action: consentCheck,
			},
		},
	}
}

// packCall is the calldata of the call method(args...) of the contract whose ABI md holds.
func packCall(md *bind.MetaData, method string, args ...any) ([]byte, error) {
	a, err := md.GetAbi()
	if err != nil {
		return nil, fmt.Errorf("contract ABI: %w", err)
	}
	data, err := a.Pack(method, args...)
	if err != nil {
		return nil, fmt.Errorf("pack %s: %w", method, err)
	}
	return data, nil
}

// parseExpiry turns --expires into unix seconds: a duration (with a "d" unit for days) after base, or an RFC 3339
// time. Empty is 0 (no expiry).
func parseExpiry(s string, base time.Time) (uint64, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		if !t.After(base) {
			return 0, fmt.Errorf("--expires %s is not in the future", s)
		}
		return uint64(t.Unix()), nil
	}
	d, err := parseDays(s)
	if err != nil {
		return 0, fmt.Errorf("--expires %q: want a duration such as 90d or 12h, or an RFC 3339 time: %w", s, err)
	}
	if d <= 0 {
		return 0, fmt.Errorf("--expires %q must be positive", s)
	}
	return uint64(base.Add(d).Unix()), nil
}

// parseDays is time.ParseDuration with a leading whole-days part ("90d", "1d12h").
func parseDays(s string) (time.Duration, error) {
	var days time.Duration
	if i := strings.IndexByte(s, 'd'); i > 0 {
		n, err := strconv.ParseUint(s[:i], 10, 16)
		if err != nil {
			return 0, err
		}
		days, s = time.Duration(n)*24*time.Hour, s[i+1:]
		if s == "" {
			return days, nil
		}
	}
	d, err := time.ParseDuration(s)
	if err != nil {
		return 0, err
	}
	return days + d, nil
}

// scopeCommitment is the salted commitment to the data a consent covers: keccak256(salt ‖ canonical JSON) for a
// FHIR resource (formatting does not change it), keccak256(salt ‖ bytes) for any other file, with a fresh salt.
// An unsalted hash of a known document (a standard care plan template, a short text) could be found by trying
// candidates; the salt, kept in the scope receipt, prevents that. No --scope: zero, no receipt.
func scopeCommitment(path string) (*commitReceipt, error) {
	if path == "" {
		return nil, nil
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("--scope: %w", err)
	}
	rec := &commitReceipt{Version: 1, Kind: receiptScope, File: path, Created: time.Now().UTC()}
	if abs, err := filepath.Abs(path); err == nil {
		rec.File = abs
	}
	data := raw
	if r, err := fhirrecord.Parse(raw); err == nil {
		data, rec.FHIR = r.Canonical, true
	}
	if rec.Salt, rec.Commitment, err = commitment.New(data); err != nil {
		return nil, err
	}
	return rec, nil
}

type consentGrantJSON struct {
	txResult
	ConsentID string         `json:"consentId,omitempty"`
	Patient   common.Address `json:"patient"`
	Grantee   common.Address `json:"grantee"`
	Purposes  []string       `json:"purposes"`
	Actions   []string       `json:"actions"`
	ExpiresAt uint64         `json:"expiresAt"`
	Scope     common.Hash    `json:"scope"`
	// ScopeReceipt is the path of the scope's receipt (its salt), empty without --scope.
	ScopeReceipt string `json:"scopeReceipt,omitempty"`
}

func codes[T fmt.Stringer](xs []T) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = x.String()
	}
	return out
}

func consentGrant(c *cli.Context) error {
	if path := c.String("from-fhir"); path != "" {
		return consentGrantFromFHIR(c, path)
	}
	for _, f := range []string{"grantee", "purpose", "action"} {
		if c.String(f) == "" {
			return fmt.Errorf("--%s is required (or --from-fhir)", f)
		}
	}
	f := flagReader{c: c}
	grantee, purposes, actions := f.address("grantee"), f.purposes("purpose"), f.actions("action")
	if f.err != nil {
		return f.err
	}
	scopeRec, err := scopeCommitment(c.String("scope"))
	if err != nil {
		return err
	}
	var scope common.Hash
	if scopeRec != nil {
		scope = scopeRec.Commitment
	}
	e, err := openChain(c)
	if err != nil {
		return err
	}
	defer e.Close()
	head, err := e.eth.HeaderByNumber(c.Context, nil)
	if err != nil {
		return fmt.Errorf("chain head: %w", err)
	}
	expires, err := parseExpiry(c.String("expires"), time.Unix(int64(head.Time), 0))
	if err != nil {
		return err
	}
	from, err := e.signer()
	if err != nil {
		return err
	}
	patient, err := addressOr(c, "patient", from)
	if err != nil {
		return err
	}
	return sendGrant(c, e, patient, grantee, purposes, actions, expires, scope, scopeRec)
}

// sendGrant sends ConsentRegistry.grant through the relayer as the unlocked wallet (e.signer) and reports the new
// consent; scopeRec, when not nil, is the salted scope's receipt (written before sending).
func sendGrant(c *cli.Context, e *chainEnv, patient, grantee common.Address, purposes uint16,
	actions uint8, expires uint64, scope common.Hash, scopeRec *commitReceipt) error {
	var scopePath string
	var err error
	if scopeRec != nil { // the receipt is written before sending: the salt must outlive a crash
		scopeRec.ChainID, scopeRec.Contract, scopeRec.Patient, scopeRec.Actor, scopeRec.Grantee =
			e.m.ChainID, e.m.ConsentsAddress(), patient, e.from, grantee
		if scopePath, err = receiptPath(c, "scope-receipt", scopeRec); err != nil {
			return err
		}
		if err := writeReceipt(scopePath, scopeRec); err != nil {
			return err
		}
	}
	st, err := e.call("consent grant", e.m.ConsentsAddress(), bindings.ConsentRegistryMetaData, "grant",
		patient, grantee, purposes, actions, new(big.Int).SetUint64(expires), scope)
	if err != nil {
		return err
	}
	out := consentGrantJSON{txResult: e.resultOf(st), Patient: patient, Grantee: grantee,
		Purposes: codes(vocab.PurposesOf(purposes)), Actions: codes(vocab.ActionsOf(actions)), ExpiresAt: expires, Scope: scope,
		ScopeReceipt: scopePath}
	if st.Status == api.StateMined {
		ev, err := consentEvent(e, st, "consent grant", "ConsentGranted", (*bindings.ConsentRegistryFilterer).ParseConsentGranted)
		if err != nil {
			return err
		}
		out.ConsentID = hexID(ev.ConsentId)
	}
	if scopeRec != nil {
		scopeRec.ConsentID, scopeRec.RequestID = out.ConsentID, st.ID
		if st.TxHash != nil {
			scopeRec.TxHash, scopeRec.Block = *st.TxHash, st.Block
		}
		if err := writeReceipt(scopePath, scopeRec); err != nil {
			return err
		}
	}
	return printResult(c, out, func(w io.Writer) error {
		if out.ConsentID == "" {
			_, err := fmt.Fprintf(w, "consent grant accepted (request %s); not waiting\n", out.RequestID.Hex())
			return err
		}
		exp := "no expiry"
		if expires != 0 {
			exp = "expires " + time.Unix(int64(expires), 0).UTC().Format(time.RFC3339)
		}
		if _, err := fmt.Fprintf(w, "consent %s granted\n  patient  %s\n  grantee  %s\n  purposes %s\n  actions  %s\n  %s\n",
			out.ConsentID, patient.Hex(), grantee.Hex(), strings.Join(out.Purposes, ","), strings.Join(out.Actions, ","), exp); err != nil {
			return err
		}
		if scopePath != "" {
			if _, err := fmt.Fprintf(w, "  scope    %s (salted; salt in %s)\n", scope.Hex(), scopePath); err != nil {
				return err
			}
		}
		_, err := fmt.Fprintf(w, "  tx %s (block %d)\n", out.TxHash.Hex(), out.Block)
		return err
	})
}

// uint256Arg parses the single positional argument (named name in the error when it is missing) as a decimal or 0x-hex
// id (named what).
func uint256Arg(c *cli.Context, name, what string) (*big.Int, error) {
	arg, err := oneArg(c, name)
	if err != nil {
		return nil, err
	}
	return parseUint256(what, arg)
}

// oneArg returns the single positional argument (flags may follow it).
func oneArg(c *cli.Context, what string) (string, error) {
	args, err := positional(c)
	if err != nil {
		return "", err
	}
	if len(args) != 1 {
		return "", fmt.Errorf("%s: give exactly one %s", c.Command.FullName(), what)
	}
	return args[0], nil
}

type consentRevokeJSON struct {
	txResult
	ConsentID string `json:"consentId"`
}

func consentRevoke(c *cli.Context) error {
	id, err := uint256Arg(c, "CONSENT_ID", "consent id")
	if err != nil {
		return err
	}
	return consentsCall(c, "consent revoke", "revoke", []any{id}, func(e *chainEnv, st *api.Status) (any, string) {
		out := consentRevokeJSON{e.resultOf(st), hexID(id)}
		return out, fmt.Sprintf("consent %s revoked", out.ConsentID)
	})
}

type consentJSON struct {
	ConsentID  string         `json:"consentId"`
	Patient    common.Address `json:"patient"`
	Grantee    common.Address `json:"grantee"`
	Purposes   []string       `json:"purposes"`
	Actions    []string       `json:"actions"`
	ValidUntil uint64         `json:"validUntil"`
	Revoked    bool           `json:"revoked"`
	Active     bool           `json:"active"`
}

func consentShow(c *cli.Context) error {
	id, err := uint256Arg(c, "CONSENT_ID", "consent id")
	if err != nil {
		return err
	}
	e, err := openChain(c)
	if err != nil {
		return err
	}
	defer e.Close()
	reg, head, err := e.consentsAtHead(c.Context)
	if err != nil {
		return err
	}
	got, err := reg.Consent(&bind.CallOpts{Context: c.Context, BlockNumber: head.Number}, id)
	if err != nil {
		return fmt.Errorf("consent %s: not found on chain %d: %w", hexID(id), e.m.ChainID, err)
	}
	oc := &fhirconsent.OnChain{ChainID: e.m.ChainID, Registry: e.m.ConsentsAddress(), ID: id, Patient: got.Patient,
		Grantee: got.Grantee, Purposes: got.Purposes, Actions: got.Actions, ValidUntil: got.ValidUntil.Uint64(), Revoked: got.Revoked}
	now := time.Unix(int64(head.Time), 0) // the chain's time decides, as isPermitted does
	if c.Bool("fhir") {
		if oc.GrantedAt, oc.Scope, oc.By, err = e.grantOf(c.Context, id, head.Number.Uint64()); err != nil {
			e.progress("consent show: warning: the resource leaves out the grant time, performer and data scope: %v", err)
		}
		oc.PolicyURI = e.m.ConsentPolicyURI
		if oc.GranteeODS, err = e.memberODS(c.Context, got.Grantee, head.Number); err != nil {
			return err
		}
		res, err := fhirconsent.Build(oc, now)
		if err != nil {
			return err
		}
		raw, err := res.JSON()
		if err != nil {
			return err
		}
		_, err = fmt.Fprintln(c.App.Writer, string(raw))
		return err
	}
	out := consentJSON{ConsentID: hexID(id), Patient: got.Patient, Grantee: got.Grantee,
		Purposes: codes(vocab.PurposesOf(got.Purposes)), Actions: codes(vocab.ActionsOf(got.Actions)),
		ValidUntil: oc.ValidUntil, Revoked: got.Revoked, Active: oc.Active(now)}
	return printResult(c, out, func(w io.Writer) error {
		state := "active"
		switch {
		case out.Revoked:
			state = "revoked at " + time.Unix(int64(out.ValidUntil), 0).UTC().Format(time.RFC3339)
		case !out.Active:
			state = "expired at " + time.Unix(int64(out.ValidUntil), 0).UTC().Format(time.RFC3339)
		case out.ValidUntil != 0:
			state = "active until " + time.Unix(int64(out.ValidUntil), 0).UTC().Format(time.RFC3339)
		}
		_, err := fmt.Fprintf(w, "consent %s\n  patient  %s\n  grantee  %s\n  purposes %s\n  actions  %s\n  status   %s\n",
			out.ConsentID, out.Patient.Hex(), out.Grantee.Hex(), strings.Join(out.Purposes, ","), strings.Join(out.Actions, ","), state)
		return err
	})
}

// grantOf reads what consent(id) does not return but the consent's ConsentGranted event has (the indexer keeps it
// too): the time of the grant's block and the data-scope commitment. One eth_getLogs by the indexed consent id, from
// the manifest's start block to head.
func (e *chainEnv) grantOf(ctx context.Context, id *big.Int, head uint64) (uint64, common.Hash, common.Address, error) {
	f, err := bindings.NewConsentRegistryFilterer(e.m.ConsentsAddress(), e.eth)
	if err != nil {
		return 0, common.Hash{}, common.Address{}, err
	}
	it, err := f.FilterConsentGranted(&bind.FilterOpts{Start: e.m.StartBlock, End: &head, Context: ctx}, []*big.Int{id}, nil, nil)
	if err != nil {
		return 0, common.Hash{}, common.Address{}, fmt.Errorf("ConsentGranted logs: %w", err)
	}
	defer it.Close()
	var ev *bindings.ConsentRegistryConsentGranted
	for it.Next() {
		ev = it.Event // a consent is granted once; the last one is the indexer's too
	}
	if err := it.Error(); err != nil {
		return 0, common.Hash{}, common.Address{}, fmt.Errorf("ConsentGranted logs: %w", err)
	}
	if ev == nil {
		return 0, common.Hash{}, common.Address{}, fmt.Errorf("no ConsentGranted event between blocks %d and %d", e.m.StartBlock, head)
	}
	h, err := e.eth.HeaderByHash(ctx, ev.Raw.BlockHash)
	if err != nil {
		return 0, common.Hash{}, common.Address{}, fmt.Errorf("block %d of the grant: %w", ev.Raw.BlockNumber, err)
	}
	return h.Time, ev.Scope, ev.By, nil
}

// consentsAtHead binds ConsentRegistry for reading and reads the chain head, the block to read it at (a command's
// reads all at one block, whose time is the chain's now).
func (e *chainEnv) consentsAtHead(ctx context.Context) (*bindings.ConsentRegistryCaller, *types.Header, error) {
	reg, err := bindings.NewConsentRegistryCaller(e.m.ConsentsAddress(), e.eth)
	if err != nil {
		return nil, nil, err
	}
	head, err := e.eth.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("chain head: %w", err)
	}
	return reg, head, nil
}

// memberODS is account's ODS code if it is a current DAO member at block n ("" if not).
func (e *chainEnv) memberODS(ctx context.Context, account common.Address, n *big.Int) (string, error) {
	mb, err := bindings.NewMembershipCaller(e.m.MembershipAddress(), e.eth)
	if err != nil {
		return "", err
	}
	m, err := mb.Member(&bind.CallOpts{Context: ctx, BlockNumber: n}, account)
	if err != nil {
		return "", fmt.Errorf("membership of %s: %w", account.Hex(), err)
	}
	if m.JoinedAt == nil || m.JoinedAt.Sign() == 0 || (m.LeftAt != nil && m.LeftAt.Sign() != 0) {
		return "", nil
	}
	return vocab.ODSString(m.OdsCode), nil
}

type consentCheckJSON struct {
	Patient   common.Address `json:"patient"`
	Grantee   common.Address `json:"grantee"`
	Purpose   string         `json:"purpose"`
	Action    string         `json:"action"`
	Permitted bool           `json:"permitted"`
	ConsentID string         `json:"consentId,omitempty"`
	Block     uint64         `json:"block"`
}

func consentCheck(c *cli.Context) error {
	f := flagReader{c: c}
	grantee, purpose, action := f.address("grantee"), f.purpose("purpose"), f.action("action")
	if f.err != nil {
		return f.err
	}
	var at time.Time
	var err error
	if s := c.String("at"); s != "" {
		if at, err = parseAt(s, time.Now()); err != nil {
			return err
		}
	}
	patient, err := addressOrWallet(c, "patient")
	if err != nil {
		return err
	}
	if !at.IsZero() {
		return consentCheckAt(c, patient, grantee, purpose, action, at)
	}
	e, err := openChain(c)
	if err != nil {
		return err
	}
	defer e.Close()
	reg, head, err := e.consentsAtHead(c.Context)
	if err != nil {
		return err
	}
	block := head.Number.Uint64()
	res, err := reg.PermittingConsent(&bind.CallOpts{Context: c.Context, BlockNumber: head.Number}, patient, grantee, uint8(purpose), uint8(action))
	if err != nil {
		return fmt.Errorf("permittingConsent: %w", err)
	}
	out := consentCheckJSON{Patient: patient, Grantee: grantee, Purpose: purpose.Code(), Action: action.Code(), Permitted: res.Permitted, Block: block}
	if res.Permitted {
		out.ConsentID = hexID(res.ConsentId)
	}
	return printResult(c, out, func(w io.Writer) error {
		if out.Permitted {
			_, err := fmt.Fprintf(w, "permitted: %s may %s for %s by consent %s (block %d)\n", grantee.Hex(), out.Action, out.Purpose, out.ConsentID, block)
			return err
		}
		_, err := fmt.Fprintf(w, "not permitted: no active consent of %s lets %s %s for %s (block %d)\n", patient.Hex(), grantee.Hex(), out.Action, out.Purpose, block)
		return err
	})
}

// parseAt turns --at into a time: RFC 3339, unix seconds, or a duration (with a "d" unit for days) before now.
func parseAt(s string, now time.Time) (time.Time, error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	if n, err := strconv.ParseInt(s, 10, 64); err == nil {
		if n < 0 {
			return time.Time{}, fmt.Errorf("--at %s: a unix time must not be negative", s)
		}
		return time.Unix(n, 0), nil
	}
	d, err := parseDays(s)
	if err != nil {
		return time.Time{}, fmt.Errorf("--at %q: want an RFC 3339 time (2026-11-24T13:40:00Z), unix seconds, or a duration ago (2h, 3d)", s)
	}
	if d < 0 {
		return time.Time{}, fmt.Errorf("--at %q: a duration ago must not be negative", s)
	}
	return now.Add(-d), nil
}

type consentCheckAtJSON struct {
	Patient   common.Address `json:"patient"`
	Grantee   common.Address `json:"grantee"`
	Purpose   string         `json:"purpose"`
	Action    string         `json:"action"`
	At        int64          `json:"at"`
	Permitted bool           `json:"permitted"`
	// Basis is what covered the access at the time: CONSENT, EMERGENCY_ACCESS (break-glass in the 24 hours
	// before, no consent) or NONE.
	Basis           gqlclient.AccessBasis      `json:"basis"`
	ConsentID       string                     `json:"consentId,omitempty"`
	Consent         *gqlclient.Consent         `json:"consent,omitempty"`
	EmergencyAccess *gqlclient.EmergencyAccess `json:"emergencyAccess,omitempty"`
	// IndexedBlock is how far the indexer had got when it answered.
	IndexedBlock uint64 `json:"indexedBlock"`
}

// consentCheckAt answers the audit question for a past time from the GraphQL indexer (consentAt).
func consentCheckAt(c *cli.Context, patient, grantee common.Address, purpose vocab.Purpose, action vocab.Action, at time.Time) error {
	e, err := openIndex(c, "consent check --at")
	if err != nil {
		return err
	}
	d, err := e.gql.ConsentAt(c.Context, patient, grantee, purpose.Code(), action.Code(), at)
	if err != nil {
		return e.fail("consent check --at", err)
	}
	out := consentCheckAtJSON{Patient: patient, Grantee: grantee, Purpose: purpose.Code(), Action: action.Code(), At: at.Unix(),
		Permitted: d.Permitted, Basis: d.Basis, Consent: d.Consent, EmergencyAccess: d.EmergencyAccess, IndexedBlock: e.block}
	if d.Consent != nil {
		out.ConsentID = d.Consent.ConsentID.Hex()
	}
	when := at.UTC().Format(time.RFC3339)
	return printResult(c, out, func(w io.Writer) error {
		var err error
		switch {
		case out.Basis == gqlclient.BasisConsent && out.Consent != nil:
			k := out.Consent
			_, err = fmt.Fprintf(w, "permitted at %s: %s could %s for %s by consent %s\n  granted %s (block %d)", when, grantee.Hex(), out.Action,
				out.Purpose, out.ConsentID, unixTime(k.GrantedAt), k.GrantedBlock)
			if err == nil && k.RevokedAt != nil && k.RevokedBlock != nil {
				_, err = fmt.Fprintf(w, ", revoked %s (block %d)", unixTime(*k.RevokedAt), *k.RevokedBlock)
			} else if err == nil && k.ExpiresAt != nil {
				_, err = fmt.Fprintf(w, ", expires %s", unixTime(*k.ExpiresAt))
			}
			if err == nil {
				_, err = fmt.Fprintln(w)
			}
		default:
			_, err = fmt.Fprintf(w, "not permitted at %s: no consent of %s let %s %s for %s\n", when, patient.Hex(), grantee.Hex(), out.Action, out.Purpose)
		}
		if err == nil && out.EmergencyAccess != nil {
			ea := out.EmergencyAccess
			_, err = fmt.Fprintf(w, "  break-glass: %s recorded emergency access to %s at %s (block %d, reason hash %s), in the 24 hours before\n",
				ea.Accessor.Hex(), ea.Patient.Hex(), unixTime(ea.At), ea.Block, ea.ReasonHash.Hex())
		}
		if err == nil {
			_, err = fmt.Fprintf(w, "  (GraphQL indexer at block %d)\n", e.block)
		}
		return err
	})
}

type consentListJSON struct {
	Patient    *common.Address     `json:"patient,omitempty"`
	Grantee    *common.Address     `json:"grantee,omitempty"`
	ActiveOnly bool                `json:"activeOnly"`
	Block      uint64              `json:"block"`
	TotalCount int                 `json:"totalCount"`
	Consents   []gqlclient.Consent `json:"consents"`
	HasMore    bool                `json:"hasMore"`
	EndCursor  string              `json:"endCursor,omitempty"`
}

func consentList(c *cli.Context) error {
	if args, err := positional(c); err != nil {
		return err
	} else if len(args) > 0 {
		return fmt.Errorf("consent list: unexpected argument %q (filter with --patient, --grantee, --active)", args[0])
	}
	if c.Bool("all") && c.IsSet("first") {
		return errors.New("consent list: give --all or --first, not both")
	}
	limit := 0
	if !c.Bool("all") {
		if limit = c.Int("first"); limit < 1 {
			return fmt.Errorf("--first %d: want at least 1 (or --all)", limit)
		}
	}
	var f gqlclient.ConsentFilter
	out := consentListJSON{ActiveOnly: c.Bool("active")}
	if s := c.String("grantee"); s != "" {
		g, err := parseAddress("--grantee", s)
		if err != nil {
			return err
		}
		f.Grantee, out.Grantee = &g, &g
	}
	if c.String("patient") != "" || f.Grantee == nil {
		p, err := addressOrWallet(c, "patient")
		if err != nil {
			return err
		}
		f.Patient, out.Patient = &p, &p
	}
	if out.ActiveOnly {
		f.Status = gqlclient.ConsentActive
	}
	e, err := openIndex(c, "consent list")
	if err != nil {
		return err
	}
	order := &gqlclient.ConsentOrder{Field: gqlclient.OrderGrantedBlock, Desc: true}
	l, err := fetchAll(e, limit, c.String("after"), func(o gqlclient.ListOptions) (*gqlclient.Page[gqlclient.Consent], error) {
		return e.gql.Consents(c.Context, f, order, o)
	})
	if err != nil {
		return e.fail("consent list", err)
	}
	out.Block, out.TotalCount, out.Consents, out.HasMore, out.EndCursor = e.block, l.totalCount, l.items, l.hasMore, l.endCursor
	return printResult(c, out, func(w io.Writer) error {
		what := plural(out.TotalCount, "consent")
		if out.ActiveOnly {
			what = plural(out.TotalCount, "active consent")
		}
		switch {
		case out.Patient != nil && out.Grantee != nil:
			what += fmt.Sprintf(" of patient %s to %s", out.Patient.Hex(), out.Grantee.Hex())
		case out.Patient != nil:
			what += " of patient " + out.Patient.Hex()
		default:
			what += " granted to " + out.Grantee.Hex()
		}
		if _, err := fmt.Fprintf(w, "%s (indexed to block %d)\n", what, out.Block); err != nil {
			return err
		}
		for _, k := range out.Consents {
			if err := printConsent(w, &k, out.Patient == nil); err != nil {
				return err
			}
		}
		if out.HasMore {
			_, err := fmt.Fprintf(w, "%d of %d shown, newest first: --all lists every one, --first N more\n", len(out.Consents), out.TotalCount)
			return err
		}
		return nil
	})
}

// printConsent prints one consent of a list (with its patient when the list is not of one patient).
func printConsent(w io.Writer, k *gqlclient.Consent, withPatient bool) error {
	state := strings.ToLower(string(k.Status))
	var b strings.Builder
	fmt.Fprintf(&b, "  %s  %s\n", k.ConsentID.Hex(), state)
	if withPatient {
		fmt.Fprintf(&b, "    patient  %s\n", k.Patient.Hex())
	}
	fmt.Fprintf(&b, "    grantee  %s\n    purposes %s\n    actions  %s\n    granted  %s (block %d)", k.Grantee.Hex(),
		strings.Join(k.Purposes, ","), strings.Join(k.Actions, ","), unixTime(k.GrantedAt), k.GrantedBlock)
	if k.GrantedBy != k.Patient {
		fmt.Fprintf(&b, " by guardian %s", k.GrantedBy.Hex())
	}
	b.WriteString("\n")
	switch {
	case k.RevokedAt != nil && k.RevokedBlock != nil:
		fmt.Fprintf(&b, "    revoked  %s (block %d)\n", unixTime(*k.RevokedAt), *k.RevokedBlock)
	case k.ExpiresAt != nil && k.Status == gqlclient.ConsentExpired:
		fmt.Fprintf(&b, "    expired  %s\n", unixTime(*k.ExpiresAt))
	case k.ExpiresAt != nil:
		fmt.Fprintf(&b, "    expires  %s\n", unixTime(*k.ExpiresAt))
	}
	_, err := io.WriteString(w, b.String())
	return err
}
