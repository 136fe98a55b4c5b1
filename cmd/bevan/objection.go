package main

import (
	"encoding/json"
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
	"github.com/bevan-health/bevan/relayer/api"
	"github.com/bevan-health/bevan/vocab"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"
)

func objectCommand() *cli.Command {
	return &cli.Command{
		Name: "object",
		Usage: "record an objection: while it stands, no consent permits these purposes to the grantee (or to anyone); " +
			"as the patient, or a guardian (--patient) for non-research purposes",
		Flags: append(chainFlags(true),
			&cli.StringFlag{Name: "purpose", Usage: "comma-separated FHIR purposes of use objected to, e.g. HRESCH,POPHLTH", Required: true},
			&cli.StringFlag{Name: "grantee", Usage: "the grantee objected to (default: every grantee)"},
			&cli.StringFlag{Name: "patient", Usage: "the patient a guardian acts for (default: the wallet's own address)"},
		),
		Action: consentObject,
	}
}

func withdrawObjectionCommand() *cli.Command {
	return &cli.Command{
		Name:      "withdraw-objection",
		Usage:     "withdraw an objection (the patient any; a guardian only a guardian's)",
		ArgsUsage: "OBJECTION_ID",
		Flags:     chainFlags(true),
		Action:    consentWithdrawObjection,
	}
}

type objectionJSON struct {
	txResult
	ObjectionID uint64         `json:"objectionId,omitempty"`
	Patient     common.Address `json:"patient"`
	Grantee     common.Address `json:"grantee"`
	Purposes    []string       `json:"purposes"`
}

func consentObject(c *cli.Context) error {
	purposes, err := vocab.ParsePurposeMask(c.String("purpose"))
	if err != nil {
		return fmt.Errorf("--purpose: %w", err)
	}
	var grantee common.Address
	if g := c.String("grantee"); g != "" {
		if grantee, err = parseAddress("--grantee", g); err != nil {
			return err
		}
	}
	e, from, err := openSigner(c)
	if err != nil {
		return err
	}
	defer e.Close()
	patient, err := addressOr(c, "patient", from)
	if err != nil {
		return err
	}
	if patient != from && purposes&vocab.ResearchMask != 0 {
		// The contract refuses it too (ResearchNeedsPatient); saying so here costs the relayer nothing.
		return errors.New("consent object: only the patient objects to research purposes (HRESCH, CLINTRL), not a guardian")
	}
	st, err := e.call("consent object", e.m.ConsentsAddress(), bindings.ConsentRegistryMetaData, "object", patient, grantee, purposes)
	if err != nil {
		return err
	}
	out := objectionJSON{txResult: e.resultOf(st), Patient: patient, Grantee: grantee, Purposes: codes(vocab.PurposesOf(purposes))}
	if st.Status == api.StateMined {
		ev, err := consentEvent(e, st, "consent object", "ObjectionRecorded", (*bindings.ConsentRegistryFilterer).ParseObjectionRecorded)
		if err != nil {
			return err
		}
		out.ObjectionID = ev.ObjectionId.Uint64()
	}
	return e.report("objection", st, out, func(w io.Writer) error {
		who := "every grantee"
		if grantee != (common.Address{}) {
			who = grantee.Hex()
		}
		_, err := fmt.Fprintf(w, "objection %d recorded\n  patient  %s\n  grantee  %s\n  purposes %s\n  tx %s (block %d)\n",
			out.ObjectionID, patient.Hex(), who, strings.Join(out.Purposes, ","), out.TxHash.Hex(), out.Block)
		return err
	})
}

type withdrawJSON struct {
	txResult
	ObjectionID uint64 `json:"objectionId"`
}

func consentWithdrawObjection(c *cli.Context) error {
	arg, err := oneArg(c, "OBJECTION_ID")
	if err != nil {
		return err
	}
	id, err := strconv.ParseUint(arg, 10, 64)
	if err != nil || id == 0 {
		return fmt.Errorf("objection id %q: want a positive decimal number", arg)
	}
	return consentsCall(c, "consent withdraw-objection", "withdrawObjection", []any{new(big.Int).SetUint64(id)},
		func(e *chainEnv, st *api.Status) (any, string) {
			return withdrawJSON{e.resultOf(st), id}, fmt.Sprintf("objection %d withdrawn", id)
		})
}

// importResolver resolves a FHIR reference to an address: a CAIP-10 id (its chain is checked against the RPC's
// once it is dialled), else an --address-book entry.
type importResolver struct {
	book   map[string]common.Address
	chains map[uint64]bool
}

func (r *importResolver) resolve(element string, ref fhirconsent.Reference) (common.Address, error) {
	if id := ref.Identifier; id.System == fhirconsent.AccountIDSystem {
		parts := strings.Split(id.Value, ":")
		if len(parts) != 3 || parts[0] != "eip155" || !common.IsHexAddress(parts[2]) {
			return common.Address{}, &fhirconsent.UnsupportedError{Element: element, Reason: fmt.Sprintf("%q is not a CAIP-10 eip155 account id", id.Value)}
		}
		n, err := strconv.ParseUint(parts[1], 10, 64)
		if err != nil {
			return common.Address{}, &fhirconsent.UnsupportedError{Element: element, Reason: fmt.Sprintf("chain %q", parts[1])}
		}
		r.chains[n] = true
		return common.HexToAddress(parts[2]), nil
	}
	return fhirconsent.CAIP10Resolver(0, r.book)(element, ref)
}

// consentGrantFromFHIR grants what a FHIR R4 Consent says. The file is read and checked before the chain is dialled
// or the wallet unlocked: a resource Bevan cannot represent sends nothing.
func consentGrantFromFHIR(c *cli.Context, path string) error {
	for _, f := range []string{"grantee", "purpose", "action", "expires", "scope", "patient"} {
		if c.IsSet(f) {
			return fmt.Errorf("--%s: not with --from-fhir (the resource says it)", f)
		}
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("--from-fhir: %w", err)
	}
	r := &importResolver{book: map[string]common.Address{}, chains: map[uint64]bool{}}
	if bp := c.String("address-book"); bp != "" {
		braw, err := os.ReadFile(bp)
		if err != nil {
			return fmt.Errorf("--address-book: %w", err)
		}
		if err := json.Unmarshal(braw, &r.book); err != nil {
			return fmt.Errorf("--address-book %s: want a JSON object of references to addresses: %w", bp, err)
		}
	}
	g, err := fhirconsent.Parse(raw, time.Now(), r.resolve)
	if err != nil {
		return fmt.Errorf("--from-fhir %s: %w", path, err)
	}
	e, err := openChain(c)
	if err != nil {
		return err
	}
	defer e.Close()
	for n := range r.chains {
		if n != e.m.ChainID {
			return fmt.Errorf("--from-fhir %s: a CAIP-10 id names chain %d, the RPC serves chain %d", path, n, e.m.ChainID)
		}
	}
	head, err := e.eth.HeaderByNumber(c.Context, nil)
	if err != nil {
		return fmt.Errorf("chain head: %w", err)
	}
	if g.ExpiresAt != 0 && g.ExpiresAt <= head.Time {
		return fmt.Errorf("--from-fhir %s: provision.period.end has passed on chain", path)
	}
	from, err := e.signer()
	if err != nil {
		return err
	}
	if g.Performer != (common.Address{}) && g.Performer != from {
		return fmt.Errorf("--from-fhir %s: performer is %s, but the wallet is %s: the performer signs", path, g.Performer.Hex(), from.Hex())
	}
	// The scope is the resource's commitment as it stands (already salted by whoever made it): no new receipt.
	return sendGrant(c, e, g.Patient, g.Grantee, g.Purposes, g.Actions, g.ExpiresAt, g.Scope, nil)
}
