package fhirrecord_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/fhirrecord"
	"github.com/bevan-health/bevan/internal/devnettest"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// send sends a plan's calldata to RecordAnchor from the devnet's custodian key and waits for the receipt.
func send(t *testing.T, ctx context.Context, d *devnet.Devnet, plan *fhirrecord.Plan) *types.Receipt {
	t.Helper()
	if plan.ChainID != d.Manifest.ChainID {
		t.Fatalf("plan for chain %d on devnet %d", plan.ChainID, d.Manifest.ChainID)
	}
	return devnettest.SendData(t, ctx, d, devnet.RoleTrust, plan.RecordAnchor, plan.Data)
}

func writeResource(t *testing.T, dir, name, id, status string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	body := fmt.Sprintf(`{"resourceType":"Observation","id":%q,"status":%q,"code":{"text":"blood pressure"},"valueQuantity":{"value":120.0,"unit":"mmHg"}}`, id, status)
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestAnchorAndVerifyOnDevnet(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	d := devnettest.Devnet(t)
	dir := t.TempDir()
	store, created, err := fhirrecord.OpenStore(filepath.Join(t.TempDir(), "custodian"), "RJ1", true)
	if err != nil || !created {
		t.Fatal(created, err)
	}
	opts := fhirrecord.AnchorOptions{ChainID: d.Manifest.ChainID, RecordAnchor: d.Manifest.AnchorsAddress(), ODSCode: "RJ1"}
	planFiles := func(opts fhirrecord.AnchorOptions, paths ...string) *fhirrecord.Plan {
		t.Helper()
		items, err := store.Items(paths...)
		if err != nil {
			t.Fatal(err)
		}
		plan, err := fhirrecord.PlanAnchor(opts, items)
		if err != nil {
			t.Fatal(err)
		}
		return plan
	}
	save := func(plan *fhirrecord.Plan, proofs []*fhirrecord.Proof) {
		t.Helper()
		for i, p := range proofs {
			pp := fhirrecord.ProofPath(plan.Records[i].Path)
			if err := fhirrecord.WriteProof(pp, p); err != nil {
				t.Fatal(err)
			}
			if err := store.Save(plan.Records[i].Item, p, pp); err != nil {
				t.Fatal(err)
			}
		}
	}

	// A single record, then its second version superseding it.
	v1 := writeResource(t, dir, "obs.json", "obs-1", "preliminary")
	plan := planFiles(opts, v1)
	proofs, err := plan.Complete(send(t, ctx, d, plan))
	if err != nil {
		t.Fatal(err)
	}
	save(plan, proofs)
	single := proofs[0]
	content, _ := os.ReadFile(v1)
	v, err := fhirrecord.Verify(ctx, d.Client, single, content)
	if err != nil {
		t.Fatal(err)
	}
	if single.Custodian != devnet.DevAddress(devnet.RoleTrust) || v.Custodian != single.Custodian || v.AnchoredAt.IsZero() ||
		v.BatchRoot != (common.Hash{}) {
		t.Fatalf("verified: %+v", v)
	}
	// Reformatted content still verifies.
	pretty := strings.ReplaceAll(strings.ReplaceAll(string(content), ",", ",\n  "), "120.0", "1.2e2")
	if _, err := fhirrecord.Verify(ctx, d.Client, single, []byte(pretty)); err != nil {
		t.Fatalf("reformatted: %v", err)
	}
	v2 := writeResource(t, dir, "obs-v2.json", "obs-1", "final")
	r2, err := fhirrecord.ReadFile(v2)
	if err != nil {
		t.Fatal(err)
	}
	entry, err := store.Lookup(r2) // the same record (Observation/obs-1): its entry names the version to supersede
	if err != nil || entry == nil || entry.LatestSingle() != single.ContentHash || entry.VersionOf(r2) != nil {
		t.Fatalf("store entry: %+v %v", entry, err)
	}
	if r1, _ := fhirrecord.ReadFile(v1); entry.VersionOf(r1) == nil {
		t.Fatal("the store does not recognise the anchored version")
	}
	opts2 := opts
	opts2.Supersedes = entry.LatestSingle()
	plan2 := planFiles(opts2, v2)
	proofs2, err := plan2.Complete(send(t, ctx, d, plan2))
	if err != nil {
		t.Fatal(err)
	}
	save(plan2, proofs2)
	if proofs2[0].Supersedes != single.ContentHash || proofs2[0].RecordID != single.RecordID || proofs2[0].Salt == single.Salt {
		t.Fatalf("second version: %+v", proofs2[0])
	}
	if _, err := fhirrecord.Verify(ctx, d.Client, proofs2[0], r2.Canonical); err != nil {
		t.Fatal(err)
	}

	// A batch of five.
	var paths []string
	for i := range 5 {
		paths = append(paths, writeResource(t, dir, fmt.Sprintf("b%d.json", i), fmt.Sprintf("obs-b%d", i), "final"))
	}
	bopts := opts
	bopts.URI = "bevan://batch/test"
	bplan := planFiles(bopts, paths...)
	brcpt := send(t, ctx, d, bplan)
	if _, err := plan.Complete(brcpt); err == nil {
		t.Error("the single plan was completed by the batch's receipt")
	}
	bproofs, err := bplan.Complete(brcpt)
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range bproofs {
		if p.TxHash != brcpt.TxHash || p.Block != brcpt.BlockNumber.Uint64() || p.BatchRoot != bplan.Root {
			t.Fatalf("batch proof %d: %+v", i, p)
		}
		pp := fhirrecord.ProofPath(paths[i])
		if err := fhirrecord.WriteProof(pp, p); err != nil {
			t.Fatal(err)
		}
		back, err := fhirrecord.ReadProof(pp)
		if err != nil {
			t.Fatal(err)
		}
		raw, _ := os.ReadFile(paths[i])
		v, err := fhirrecord.Verify(ctx, d.Client, back, raw)
		if err != nil {
			t.Fatalf("batch record %d: %v", i, err)
		}
		if v.BatchRoot != bplan.Root || v.Custodian != devnet.DevAddress(devnet.RoleTrust) {
			t.Fatalf("batch record %d: %+v", i, v)
		}
	}

	// Failures, each with its own error.
	braw, _ := os.ReadFile(paths[0])
	check := func(name string, p *fhirrecord.Proof, content []byte, want error) {
		t.Helper()
		_, err := fhirrecord.Verify(ctx, d.Client, p, content)
		if !errors.Is(err, want) {
			t.Errorf("%s: got %v, want %v", name, err, want)
		} else {
			t.Logf("%s: %v", name, err)
		}
	}
	check("tampered content", bproofs[0], []byte(strings.Replace(string(braw), "120.0", "180.0", 1)), fhirrecord.ErrContentMismatch)
	check("another record's file", bproofs[0], mustRead(t, paths[1]), fhirrecord.ErrContentMismatch)
	otherSalt := *bproofs[0]
	otherSalt.Salt = bproofs[1].Salt
	check("another version's salt", &otherSalt, braw, fhirrecord.ErrContentMismatch)
	otherID := *bproofs[0]
	otherID.RecordID = bproofs[1].RecordID
	check("another record's id", &otherID, braw, fhirrecord.ErrNotVerified)
	wrongChain := *bproofs[0]
	wrongChain.ChainID = 10
	check("wrong chain", &wrongChain, braw, fhirrecord.ErrWrongChain)
	noCode := *bproofs[0]
	noCode.RecordAnchor = common.HexToAddress("0x000000000000000000000000000000000000dEaD")
	check("no contract", &noCode, braw, fhirrecord.ErrWrongChain)
	otherContract := *bproofs[0]
	otherContract.RecordAnchor = d.Manifest.ConsentsAddress()
	check("another contract", &otherContract, braw, fhirrecord.ErrWrongChain)
	badPath := *bproofs[0]
	badPath.Proof = append([]common.Hash{}, bproofs[0].Proof...)
	badPath.Proof[0][31] ^= 1
	check("bad Merkle proof", &badPath, braw, fhirrecord.ErrNotVerified)
	badRoot := *bproofs[0]
	badRoot.BatchRoot[0] ^= 1
	check("unknown root", &badRoot, braw, fhirrecord.ErrNotVerified)
	asSingle := *bproofs[0]
	asSingle.BatchRoot, asSingle.Proof = common.Hash{}, nil
	check("batched record claimed as single", &asSingle, braw, fhirrecord.ErrNotVerified)
	unsent := planFiles(opts, writeResource(t, dir, "unsent.json", "obs-unsent", "final"))
	unsent.Records[0].Proof.Custodian = single.Custodian
	check("never anchored", &unsent.Records[0].Proof, unsent.Records[0].Resource.Canonical, fhirrecord.ErrNotVerified)
	// Records are their custodian's: the same anchors claimed for another custodian do not verify (issue 11 item 4).
	otherCustodian := *bproofs[0]
	otherCustodian.Custodian = devnet.DevAddress(devnet.RoleGP)
	check("another custodian's batch", &otherCustodian, braw, fhirrecord.ErrNotVerified)
	otherSingle := *single
	otherSingle.Custodian = devnet.DevAddress(devnet.RoleGP)
	check("another custodian's single anchor", &otherSingle, content, fhirrecord.ErrNotVerified)
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}
