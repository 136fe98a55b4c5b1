package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/fhirrecord"
	"github.com/bevan-health/bevan/identity"
	"github.com/bevan-health/bevan/release"
	"github.com/bevan-health/bevan/vocab"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"
)

func recordReleaseCommand() *cli.Command {
	return &cli.Command{
		Name:      "release",
		Usage:     "release an anchored record to a requester: identity-verified and permitted by the patient's consent, decision anchored",
		ArgsUsage: "FILE --requester ADDRESS --patient ADDRESS --purpose CODE [--access CODE] --out DIR",
		Description: "Right record, right person. Before FILE (a version the custodian store has anchored) goes to --requester, two\n" +
			"checks are read on chain at one block: IdentityRegistry.isVerified(requester, --min-level) and\n" +
			"ConsentRegistry.isPermitted(patient, requester, purpose, access). Either way the decision (record version,\n" +
			"requester, patient wallet, purpose, access, answers, block) is committed to with a fresh salt and anchored by\n" +
			"the custodian in RecordAnchor through the relayer; its receipt (the opening) is written to --out. On release the\n" +
			"record is copied to --out too; a refusal names the check that failed and exits non-zero. The patient is named\n" +
			"only by wallet address (never an NHS number). See docs/identity.md.",
		Flags: append(append(chainFlags(true), custodianFlags()...),
			&cli.StringFlag{Name: "requester", Usage: "wallet address of whoever asks for the record"},
			&cli.StringFlag{Name: "patient", Usage: "wallet address of the patient the record is about (whose consent decides)"},
			&cli.StringFlag{Name: "purpose", Usage: "purpose of use code (e.g. TREAT)"},
			&cli.StringFlag{Name: "access", Value: "access", Usage: "consent action the requester needs (FHIR consentaction: access is reading)"},
			&cli.StringFlag{Name: "min-level", Value: "P9", Usage: "the lowest identity level of the requester accepted: P0, P5 or P9 (P9: NHS login high, as for clinical records)"},
			&cli.StringFlag{Name: "out", Usage: "directory the released record and the decision receipt are written to"},
		),
		Action: recordRelease,
	}
}

type recordReleaseJSON struct {
	txResult
	Released bool   `json:"released"`
	Receipt  string `json:"receipt"`
	// File is the released copy (empty on refusal).
	File     string          `json:"file,omitempty"`
	Decision release.Receipt `json:"decision"`
}

func recordRelease(c *cli.Context) error {
	file, err := oneArg(c, "FHIR resource file")
	if err != nil {
		return err
	}
	if c.Bool("no-wait") {
		return errors.New("record release: --no-wait is not supported: the decision receipt needs the mined anchor")
	}
	if c.String("out") == "" {
		return errors.New("record release: give --out DIR (where the released record and the decision receipt go)")
	}
	f := flagReader{c: c}
	d := release.Decision{Requester: f.address("requester"), Patient: f.address("patient")}
	purpose, action, minLevel := f.purpose("purpose"), f.action("access"), f.level("min-level")
	if f.err != nil {
		return f.err
	}
	d.Purpose, d.Access, d.MinLevel = purpose.Code(), action.Code(), minLevel.String()
	r, err := fhirrecord.ReadFile(file)
	if err != nil {
		return fmt.Errorf("record release: nothing sent: %w", err)
	}
	store, err := openCustodian(c, false)
	if err != nil {
		return fmt.Errorf("record release: nothing sent: %w", err)
	}
	entry, err := store.Lookup(r)
	if err != nil {
		return fmt.Errorf("record release: %w", err)
	}
	var version *fhirrecord.EntryVersion
	if entry != nil {
		version = entry.VersionOf(r)
	}
	if version == nil {
		return fmt.Errorf("record release: nothing sent: %s is not a version custodian %s has anchored (anchor it first)", file, store.ODSCode())
	}
	d.RecordID, d.ContentHash = entry.RecordID, version.ContentHash
	e, err := openChain(c)
	if err != nil {
		return err
	}
	defer e.Close()
	if d.Custodian, err = e.signer(); err != nil {
		return err
	}
	d.ChainID, d.RecordAnchor = e.m.ChainID, e.m.AnchorsAddress()
	if err := releaseChecks(e, &d, minLevel, purpose, action); err != nil {
		return fmt.Errorf("record release: nothing sent: %w", err)
	}
	rec, err := release.Commit(d)
	if err != nil {
		return err
	}
	data, err := packCall(bindings.RecordAnchorMetaData, "anchor", rec.DecisionID, rec.Commitment, common.Hash{})
	if err != nil {
		return err
	}
	st, err := e.send("record release (decision anchor)", d.RecordAnchor, data)
	if err != nil {
		return err
	}
	rec.TxHash, rec.AnchorBlock = *st.TxHash, st.Block
	out := recordReleaseJSON{txResult: e.resultOf(st), Released: rec.Released, Decision: *rec,
		Receipt: filepath.Join(c.String("out"), "decision-"+rec.Commitment.Hex()+".json")}
	if err := writeReceipt(out.Receipt, rec); err != nil {
		return err
	}
	if rec.Released {
		out.File = filepath.Join(c.String("out"), filepath.Base(file))
		if err := copyRecord(file, out.File); err != nil {
			return err
		}
	}
	if err := printResult(c, out, func(w io.Writer) error {
		what := "refused"
		if out.Released {
			what = "released " + out.File
		}
		_, err := fmt.Fprintf(w, "%s\n  decision %s anchored in block %d (tx %s)\n  receipt  %s\n", what, rec.Commitment.Hex(), st.Block,
			rec.TxHash.Hex(), out.Receipt)
		return err
	}); err != nil {
		return err
	}
	if err := d.Err(); err != nil {
		return fmt.Errorf("record release: refused (decision anchored, receipt %s): %w", out.Receipt, err)
	}
	return nil
}

// releaseChecks reads, at the chain head, whether d's requester is verified at level and whether the patient's
// consent permits the request (purpose, action), filling in d's Block, Verified and Permitted.
func releaseChecks(e *chainEnv, d *release.Decision, level identity.Level, purpose vocab.Purpose, action vocab.Action) error {
	ids, err := bindings.NewIdentityRegistryCaller(e.m.IdentitiesAddress(), e.eth)
	if err != nil {
		return err
	}
	consents, head, err := e.consentsAtHead(e.c.Context)
	if err != nil {
		return err
	}
	d.Block = head.Number.Uint64()
	opts := &bind.CallOpts{Context: e.c.Context, BlockNumber: head.Number}
	if d.Verified, err = ids.IsVerified(opts, d.Requester, uint8(level)); err != nil {
		return fmt.Errorf("isVerified: %w", err)
	}
	if d.Permitted, err = consents.IsPermitted(opts, d.Patient, d.Requester, uint8(purpose), uint8(action)); err != nil {
		return fmt.Errorf("isPermitted: %w", err)
	}
	return nil
}

// copyRecord copies the released record's bytes to path (mode 0600, its directory 0700).
func copyRecord(from, to string) error {
	raw, err := os.ReadFile(from)
	if err != nil {
		return fmt.Errorf("release: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(to), 0o700); err != nil {
		return fmt.Errorf("release: %w", err)
	}
	if err := os.WriteFile(to, raw, 0o600); err != nil {
		return fmt.Errorf("release: %w", err)
	}
	return nil
}
