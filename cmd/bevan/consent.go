package main

import (
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/fhirconsent"
	"github.com/bevan-health/bevan/fhirrecord"
	"github.com/bevan-health/bevan/vocab"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"
)

func consentCommand() *cli.Command {
	return &cli.Command{
		Name:  "consent",
		Usage: "grant, revoke, show and check patients' consents (ConsentRegistry), gaslessly through the relayer",
		Description: "A consent names a grantee, FHIR R4 purposes of use (v3-ActReason: TREAT, CAREMGT, ...) and consent\n" +
			"actions (collect, access, use, disclose, correct), an optional expiry and a hash of the data it covers.\n" +
			"The patient's wallet (or a guardian's, with --patient) signs; the relayer pays.",
		Subcommands: []*cli.Command{
			{
				Name:  "grant",
				Usage: "grant a consent (as the patient, or as a guardian with --patient)",
				Flags: append(chainFlags(true),
					&cli.StringFlag{Name: "grantee", Usage: "address of the organisation or clinician granted access", Required: true},
					&cli.StringFlag{Name: "purpose", Usage: "comma-separated FHIR purposes of use, e.g. TREAT,CAREMGT", Required: true},
					&cli.StringFlag{Name: "action", Usage: "comma-separated consent actions, e.g. access,use", Required: true},
					&cli.StringFlag{Name: "expires", Usage: "expiry: a duration from now (90d, 12h, 1d12h) or an RFC 3339 time; default: no expiry"},
					&cli.StringFlag{Name: "scope", Usage: "file the consent covers: its hash is recorded (a FHIR resource's canonical content hash, otherwise keccak256 of the bytes)"},
					&cli.StringFlag{Name: "patient", Usage: "the patient a guardian acts for (default: the wallet's own address)"},
				),
				Action: consentGrant,
			},
			{
				Name:      "revoke",
				Usage:     "revoke a consent now (as its patient or one of their guardians)",
				ArgsUsage: "CONSENT_ID",
				Flags:     chainFlags(true),
				Action:    consentRevoke,
			},
			{
				Name:      "show",
				Usage:     "show a consent as recorded on chain",
				ArgsUsage: "CONSENT_ID",
				Flags: append(chainFlags(false),
					&cli.BoolFlag{Name: "fhir", Usage: "print it as a FHIR R4 Consent resource (JSON)"}),
				Action: consentShow,
			},
			{
				Name:  "check",
				Usage: "ask the chain whether a patient permits a grantee an action for a purpose now (the audit question)",
				Flags: append(chainFlags(false),
					&cli.StringFlag{Name: "patient", Usage: "the patient's address (default: the wallet's)"},
					&cli.StringFlag{Name: "grantee", Usage: "the grantee's address", Required: true},
					&cli.StringFlag{Name: "purpose", Usage: "one FHIR purpose of use, e.g. CAREMGT", Required: true},
					&cli.StringFlag{Name: "action", Usage: "one consent action, e.g. access", Required: true},
				),
				Action: consentCheck,
			},
		},
	}
}

func mustABI(md *bind.MetaData) (*abi.ABI, error) {
	a, err := md.GetAbi()
	if err != nil {
		return nil, fmt.Errorf("contract ABI: %w", err)
	}
	return a, nil
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

// scopeHash is the commitment to the data a consent covers: a FHIR resource's canonical content hash (formatting
// does not change it), or keccak256 of any other file's bytes.
func scopeHash(path string) (common.Hash, error) {
	if path == "" {
		return common.Hash{}, nil
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return common.Hash{}, fmt.Errorf("--scope: %w", err)
	}
	if r, err := fhirrecord.Parse(raw); err == nil {
		return r.ContentHash, nil
	}
	return crypto.Keccak256Hash(raw), nil
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
}

func codes[T fmt.Stringer](xs []T) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = x.String()
	}
	return out
}

func consentGrant(c *cli.Context) error {
	grantee, err := parseAddress("--grantee", c.String("grantee"))
	if err != nil {
		return err
	}
	purposes, err := vocab.ParsePurposeMask(c.String("purpose"))
	if err != nil {
		return fmt.Errorf("--purpose: %w", err)
	}
	actions, err := vocab.ParseActionMask(c.String("action"))
	if err != nil {
		return fmt.Errorf("--action: %w", err)
	}
	scope, err := scopeHash(c.String("scope"))
	if err != nil {
		return err
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
	key, acct, err := unlockWallet(c)
	if err != nil {
		return err
	}
	patient := acct.Address
	if p := c.String("patient"); p != "" {
		if patient, err = parseAddress("--patient", p); err != nil {
			return err
		}
	}
	a, err := mustABI(bindings.ConsentRegistryMetaData)
	if err != nil {
		return err
	}
	data, err := a.Pack("grant", patient, grantee, purposes, actions, new(big.Int).SetUint64(expires), scope)
	if err != nil {
		return fmt.Errorf("pack grant: %w", err)
	}
	st, err := e.send(key, "consent grant", e.m.ConsentsAddress(), data)
	if err != nil {
		return err
	}
	out := consentGrantJSON{txResult: resultOf(st), Patient: patient, Grantee: grantee,
		Purposes: codes(vocab.PurposesOf(purposes)), Actions: codes(vocab.ActionsOf(actions)), ExpiresAt: expires, Scope: scope}
	if st.Status == "mined" {
		rcpt, err := e.receipt(st)
		if err != nil {
			return err
		}
		f, err := bindings.NewConsentRegistryFilterer(e.m.ConsentsAddress(), e.eth)
		if err != nil {
			return err
		}
		for _, l := range rcpt.Logs {
			if ev, err := f.ParseConsentGranted(*l); err == nil && l.Address == e.m.ConsentsAddress() {
				out.ConsentID = hexID(ev.ConsentId)
			}
		}
		if out.ConsentID == "" {
			return fmt.Errorf("consent grant: no ConsentGranted event in %s", st.TxHash.Hex())
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
		_, err := fmt.Fprintf(w, "consent %s granted\n  patient  %s\n  grantee  %s\n  purposes %s\n  actions  %s\n  %s\n  tx %s (block %d)\n",
			out.ConsentID, patient.Hex(), grantee.Hex(), strings.Join(out.Purposes, ","), strings.Join(out.Actions, ","), exp,
			out.TxHash.Hex(), out.Block)
		return err
	})
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
	arg, err := oneArg(c, "CONSENT_ID")
	if err != nil {
		return err
	}
	id, err := parseUint256("consent id", arg)
	if err != nil {
		return err
	}
	e, err := openChain(c)
	if err != nil {
		return err
	}
	defer e.Close()
	key, _, err := unlockWallet(c)
	if err != nil {
		return err
	}
	a, err := mustABI(bindings.ConsentRegistryMetaData)
	if err != nil {
		return err
	}
	data, err := a.Pack("revoke", id)
	if err != nil {
		return fmt.Errorf("pack revoke: %w", err)
	}
	st, err := e.send(key, "consent revoke", e.m.ConsentsAddress(), data)
	if err != nil {
		return err
	}
	out := consentRevokeJSON{resultOf(st), hexID(id)}
	return printResult(c, out, func(w io.Writer) error {
		if st.Status != "mined" {
			_, err := fmt.Fprintf(w, "consent revoke accepted (request %s); not waiting\n", st.ID.Hex())
			return err
		}
		_, err := fmt.Fprintf(w, "consent %s revoked\n  tx %s (block %d)\n", out.ConsentID, st.TxHash.Hex(), st.Block)
		return err
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
	arg, err := oneArg(c, "CONSENT_ID")
	if err != nil {
		return err
	}
	id, err := parseUint256("consent id", arg)
	if err != nil {
		return err
	}
	e, err := openChain(c)
	if err != nil {
		return err
	}
	defer e.Close()
	reg, err := bindings.NewConsentRegistryCaller(e.m.ConsentsAddress(), e.eth)
	if err != nil {
		return err
	}
	head, err := e.eth.HeaderByNumber(c.Context, nil)
	if err != nil {
		return fmt.Errorf("chain head: %w", err)
	}
	got, err := reg.Consent(&bind.CallOpts{Context: c.Context, BlockNumber: head.Number}, id)
	if err != nil {
		return fmt.Errorf("consent %s: not found on chain %d: %w", hexID(id), e.m.ChainID, err)
	}
	oc := &fhirconsent.OnChain{ChainID: e.m.ChainID, Registry: e.m.ConsentsAddress(), ID: id, Patient: got.Patient,
		Grantee: got.Grantee, Purposes: got.Purposes, Actions: got.Actions, ValidUntil: got.ValidUntil.Uint64(), Revoked: got.Revoked}
	now := time.Unix(int64(head.Time), 0) // the chain's time decides, as isPermitted does
	if c.Bool("fhir") {
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
	grantee, err := parseAddress("--grantee", c.String("grantee"))
	if err != nil {
		return err
	}
	purpose, err := vocab.ParsePurpose(c.String("purpose"))
	if err != nil {
		return fmt.Errorf("--purpose: %w", err)
	}
	action, err := vocab.ParseAction(c.String("action"))
	if err != nil {
		return fmt.Errorf("--action: %w", err)
	}
	var patient common.Address
	if p := c.String("patient"); p != "" {
		if patient, err = parseAddress("--patient", p); err != nil {
			return err
		}
	} else if patient, err = walletAddr(c); err != nil {
		return errors.Join(errors.New("--patient is required (or a wallet whose address to use)"), err)
	}
	e, err := openChain(c)
	if err != nil {
		return err
	}
	defer e.Close()
	reg, err := bindings.NewConsentRegistryCaller(e.m.ConsentsAddress(), e.eth)
	if err != nil {
		return err
	}
	block, err := e.eth.BlockNumber(c.Context)
	if err != nil {
		return fmt.Errorf("chain head: %w", err)
	}
	res, err := reg.PermittingConsent(&bind.CallOpts{Context: c.Context, BlockNumber: new(big.Int).SetUint64(block)}, patient, grantee, uint8(purpose), uint8(action))
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
