package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/bevan-health/bevan/deployment"
	"github.com/bevan-health/bevan/fhirrecord"
	gqlclient "github.com/bevan-health/bevan/graphql/client"
	"github.com/bevan-health/bevan/merkle"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"
)

func recordCommand() *cli.Command {
	return &cli.Command{
		Name:  "record",
		Usage: "hash, anchor and verify FHIR records (provenance without personal data on chain)",
		Description: "A record is a FHIR R4 JSON resource file. recordId = keccak256(ODS code \"/\" resourceType \"/\" id);\n" +
			"contentHash = keccak256 of the resource's RFC 8785 canonical JSON, so formatting does not change it.\n" +
			"See docs/wallets-records.md.",
		Subcommands: []*cli.Command{
			{
				Name:      "hash",
				Usage:     "print the recordId and contentHash of FHIR resource files",
				ArgsUsage: "FILE...",
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "ods", Usage: "ODS code of the custodian organisation (e.g. RJ1)", EnvVars: []string{"BEVAN_ODS_CODE"}},
					&cli.BoolFlag{Name: "json", Usage: "print JSON"},
				},
				Action: recordHash,
			},
			{
				Name:      "anchor",
				Usage:     "anchor FHIR resource files on chain (one record, or a Merkle batch of several) and write a proof file per record",
				ArgsUsage: "FILE... --ods CODE [--supersedes HASH] [--uri U]",
				Description: "Every file is read and checked as FHIR JSON before anything is sent. One file is anchored with\n" +
					"anchor(recordId, contentHash, supersedes); several with anchorBatch(root, n, uri). The wallet must\n" +
					"hold RecordAnchor's CUSTODIAN_ROLE; the relayer pays. Each record's proof is written to\n" +
					"FILE" + fhirrecord.ProofSuffix + " once the transaction is mined (so --no-wait is refused).",
				Flags: append(chainFlags(true),
					&cli.StringFlag{Name: "ods", Usage: "ODS code of the custodian organisation (e.g. RJ1)", EnvVars: []string{"BEVAN_ODS_CODE"}},
					&cli.StringFlag{Name: "supersedes", Usage: "content hash of the version a single record replaces"},
					&cli.StringFlag{Name: "uri", Usage: "where a batch's leaves are kept (a hint, no personal data; batches only)"},
				),
				Action: recordAnchor,
			},
			{
				Name:      "history",
				Usage:     "list a record's anchored versions, first to latest (from the GraphQL indexer)",
				ArgsUsage: "RECORD_ID | FILE --ods CODE",
				Description: "RECORD_ID is the record's id (0x and 64 hex digits, as `bevan record hash` prints it); or give a FHIR\n" +
					"resource file and the custodian's --ods code to compute it. The versions are the record's single anchors\n" +
					"chained by supersedes; records anchored in a Merkle batch are checked with `bevan record verify`.",
				Flags: append(indexFlags(),
					&cli.StringFlag{Name: "ods", Usage: "ODS code of the custodian (with a FILE)", EnvVars: []string{"BEVAN_ODS_CODE"}}),
				Action: recordHistory,
			},
			{
				Name:      "verify",
				Usage:     "check FHIR resource files against their proof files and the chain",
				ArgsUsage: "FILE... [--proof P]",
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "proof", Usage: "proof file (one FILE only); default: FILE" + fhirrecord.ProofSuffix},
					&cli.StringFlag{Name: "rpc", Value: "http://127.0.0.1:8545", Usage: "JSON-RPC URL of the chain", EnvVars: []string{"BEVAN_RPC"}},
					&cli.StringFlag{Name: "deployments", Value: "deployments", Usage: "directory of the deployment manifests", EnvVars: []string{"BEVAN_DEPLOYMENTS"}},
					&cli.BoolFlag{Name: "json", Usage: "print JSON"},
				},
				Action: recordVerify,
			},
		},
	}
}

// positional returns the command's arguments, applying any flags given after them (urfave/cli v2 stops parsing
// flags at the first argument; `bevan record verify FILE --proof P` reads naturally). "--" ends the flags.
func positional(c *cli.Context) ([]string, error) {
	bools := map[string]bool{}
	known := map[string]bool{}
	for _, f := range c.Command.Flags {
		_, isBool := f.(*cli.BoolFlag)
		for _, n := range f.Names() {
			known[n], bools[n] = true, isBool
		}
	}
	var args []string
	in := c.Args().Slice()
	for i := 0; i < len(in); i++ {
		a := in[i]
		if a == "--" {
			args = append(args, in[i+1:]...)
			break
		}
		if len(a) < 2 || a[0] != '-' {
			args = append(args, a)
			continue
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !known[name] {
			return nil, fmt.Errorf("flag provided but not defined: %s", a)
		}
		switch {
		case bools[name] && !hasValue:
			value = "true"
		case !hasValue:
			if i+1 >= len(in) {
				return nil, fmt.Errorf("flag needs an argument: %s", a)
			}
			i++
			value = in[i]
		}
		if err := c.Set(name, value); err != nil {
			return nil, fmt.Errorf("%s: %w", a, err)
		}
	}
	return args, nil
}

type recordHashJSON struct {
	File         string      `json:"file"`
	ResourceType string      `json:"resourceType"`
	ID           string      `json:"id"`
	RecordID     common.Hash `json:"recordId"`
	ContentHash  common.Hash `json:"contentHash"`
	VersionID    common.Hash `json:"versionId"`
	Leaf         common.Hash `json:"leaf"`
}

func recordHash(c *cli.Context) error {
	files, err := positional(c)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return errors.New("record hash: give one or more FHIR resource files")
	}
	ods := c.String("ods")
	if ods == "" {
		return errors.New("record hash: --ods (the custodian's ODS code, e.g. RJ1) is required")
	}
	if err := fhirrecord.CheckODSCode(ods); err != nil {
		return err
	}
	out := make([]recordHashJSON, 0, len(files))
	for _, f := range files {
		r, err := fhirrecord.ReadFile(f)
		if err != nil {
			return err
		}
		id, err := r.RecordID(ods)
		if err != nil {
			return err
		}
		v := merkle.VersionID(id, r.ContentHash)
		out = append(out, recordHashJSON{f, r.ResourceType, r.ID, id, r.ContentHash, v, merkle.LeafOfVersion(v)})
	}
	if c.Bool("json") {
		enc := json.NewEncoder(c.App.Writer)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	for _, h := range out {
		if _, err := fmt.Fprintf(c.App.Writer, "%s  %s/%s/%s\n  recordId     %s\n  contentHash  %s\n", h.File, ods,
			h.ResourceType, h.ID, h.RecordID.Hex(), h.ContentHash.Hex()); err != nil {
			return err
		}
	}
	return nil
}

type recordAnchorJSON struct {
	txResult
	Method    string         `json:"method"`
	BatchRoot common.Hash    `json:"batchRoot"`
	Records   []anchoredJSON `json:"records"`
}

type anchoredJSON struct {
	File        string      `json:"file"`
	Proof       string      `json:"proof"`
	RecordID    common.Hash `json:"recordId"`
	ContentHash common.Hash `json:"contentHash"`
}

func recordAnchor(c *cli.Context) error {
	files, err := positional(c)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return errors.New("record anchor: give one or more FHIR resource files")
	}
	ods := c.String("ods")
	if ods == "" {
		return errors.New("record anchor: --ods (the custodian's ODS code, e.g. RJ1) is required")
	}
	if c.Bool("no-wait") {
		return errors.New("record anchor: --no-wait is not supported: the proof files need the mined transaction")
	}
	for _, f := range files { // every file must be FHIR before the chain is even asked
		if _, err := fhirrecord.ReadFile(f); err != nil {
			return fmt.Errorf("record anchor: nothing sent: %w", err)
		}
	}
	var supersedes common.Hash
	if s := c.String("supersedes"); s != "" {
		raw, err := hexutil.Decode(s)
		if err != nil || len(raw) != 32 {
			return fmt.Errorf("--supersedes %q: want a content hash (0x and 64 hex digits)", s)
		}
		supersedes = common.BytesToHash(raw)
	}
	e, err := openChain(c)
	if err != nil {
		return err
	}
	defer e.Close()
	plan, err := fhirrecord.PlanFiles(fhirrecord.AnchorOptions{ChainID: e.m.ChainID, RecordAnchor: e.m.AnchorsAddress(),
		ODSCode: ods, Supersedes: supersedes, URI: c.String("uri")}, files...)
	if err != nil {
		return fmt.Errorf("record anchor: %w", err)
	}
	key, _, err := unlockWallet(c)
	if err != nil {
		return err
	}
	what := fmt.Sprintf("record anchor (%d record", len(files))
	if len(files) > 1 {
		what += "s, Merkle batch"
	}
	st, err := e.send(key, what+")", plan.RecordAnchor, plan.Data)
	if err != nil {
		return err
	}
	rcpt, err := e.receipt(st)
	if err != nil {
		return err
	}
	proofs, err := plan.Complete(rcpt)
	if err != nil {
		return err
	}
	out := recordAnchorJSON{txResult: e.resultOf(st), Method: plan.Method, BatchRoot: plan.Root}
	for i, p := range proofs {
		path := fhirrecord.ProofPath(plan.Records[i].Path)
		if err := fhirrecord.WriteProof(path, p); err != nil {
			return err
		}
		out.Records = append(out.Records, anchoredJSON{File: plan.Records[i].Path, Proof: path, RecordID: p.RecordID, ContentHash: p.ContentHash})
	}
	return printResult(c, out, func(w io.Writer) error {
		how := "single anchor"
		if plan.Root != (common.Hash{}) {
			how = "batch " + plan.Root.Hex()
		}
		if _, err := fmt.Fprintf(w, "anchored %d record(s) (%s) in block %d, tx %s\n", len(out.Records), how, st.Block, st.TxHash.Hex()); err != nil {
			return err
		}
		for _, r := range out.Records {
			if _, err := fmt.Fprintf(w, "  %s\n    recordId     %s\n    contentHash  %s\n    proof        %s\n", r.File, r.RecordID.Hex(), r.ContentHash.Hex(), r.Proof); err != nil {
				return err
			}
		}
		return nil
	})
}

type recordVerifyJSON struct {
	File        string         `json:"file"`
	Proof       string         `json:"proof"`
	Verified    bool           `json:"verified"`
	ChainID     uint64         `json:"chainId"`
	RecordID    common.Hash    `json:"recordId"`
	ContentHash common.Hash    `json:"contentHash"`
	BatchRoot   common.Hash    `json:"batchRoot"`
	Custodian   common.Address `json:"custodian"`
	AnchoredAt  time.Time      `json:"anchoredAt"`
	TxHash      common.Hash    `json:"txHash"`
	Block       uint64         `json:"block"`
}

func recordVerify(c *cli.Context) error {
	files, err := positional(c)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return errors.New("record verify: give a FHIR resource file (and --proof P)")
	}
	if c.String("proof") != "" && len(files) > 1 {
		return errors.New("record verify: --proof names the proof of one file; without it each FILE's proof is FILE" + fhirrecord.ProofSuffix)
	}
	client, err := ethclient.DialContext(c.Context, c.String("rpc"))
	if err != nil {
		return fmt.Errorf("dial %s: %w", c.String("rpc"), err)
	}
	defer client.Close()
	id, err := client.ChainID(c.Context)
	if err != nil {
		return fmt.Errorf("chain id from %s: %w", c.String("rpc"), err)
	}
	m, err := deployment.Load(deployment.Path(c.String("deployments"), id.Uint64()))
	if err != nil {
		return fmt.Errorf("chain %d: %w", id, err)
	}
	var out []recordVerifyJSON
	for _, f := range files {
		proofPath := c.String("proof")
		if proofPath == "" {
			proofPath = fhirrecord.ProofPath(f)
		}
		res, err := verifyOne(c, client, m, f, proofPath)
		if err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
		out = append(out, *res)
		if !c.Bool("json") {
			how := "single anchor"
			if res.BatchRoot != (common.Hash{}) {
				how = "batch " + res.BatchRoot.Hex()
			}
			if _, err := fmt.Fprintf(c.App.Writer, "verified  %s\n  recordId     %s\n  contentHash  %s\n  anchored by  %s at %s (%s; tx %s, block %d)\n",
				f, res.RecordID.Hex(), res.ContentHash.Hex(), res.Custodian.Hex(), res.AnchoredAt.Format(time.RFC3339), how,
				res.TxHash.Hex(), res.Block); err != nil {
				return err
			}
		}
	}
	if c.Bool("json") {
		enc := json.NewEncoder(c.App.Writer)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	return nil
}

func verifyOne(c *cli.Context, client *ethclient.Client, m *deployment.Manifest, file, proofPath string) (*recordVerifyJSON, error) {
	p, err := fhirrecord.ReadProof(proofPath)
	if err != nil {
		return nil, err
	}
	if p.ChainID != m.ChainID {
		return nil, fmt.Errorf("%w: the proof is for chain %d, the RPC serves chain %d", fhirrecord.ErrWrongChain, p.ChainID, m.ChainID)
	}
	if p.RecordAnchor != m.AnchorsAddress() {
		return nil, fmt.Errorf("%w: the proof names RecordAnchor %s, the deployment manifest of chain %d names %s",
			fhirrecord.ErrWrongChain, p.RecordAnchor, m.ChainID, m.AnchorsAddress())
	}
	content, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("read record: %w", err)
	}
	v, err := fhirrecord.Verify(c.Context, client, p, content)
	if err != nil {
		return nil, err
	}
	return &recordVerifyJSON{File: file, Proof: proofPath, Verified: true, ChainID: p.ChainID, RecordID: v.RecordID,
		ContentHash: v.ContentHash, BatchRoot: v.BatchRoot, Custodian: v.Custodian, AnchoredAt: v.AnchoredAt,
		TxHash: p.TxHash, Block: p.Block}, nil
}

type recordHistoryJSON struct {
	RecordID common.Hash `json:"recordId"`
	// Block is the indexed block the versions are as of.
	Block    uint64             `json:"block"`
	Versions []gqlclient.Anchor `json:"versions"`
}

// recordHistory prints a record's version chain from the GraphQL indexer (recordVersions).
func recordHistory(c *cli.Context) error {
	arg, err := oneArg(c, "RECORD_ID (or FILE with --ods)")
	if err != nil {
		return err
	}
	var id common.Hash
	if strings.HasPrefix(arg, "0x") && !fileExists(arg) {
		raw, err := hexutil.Decode(arg)
		if err != nil || len(raw) != 32 {
			return fmt.Errorf("record history: %q is not a record id (0x and 64 hex digits)", arg)
		}
		id = common.BytesToHash(raw)
	} else {
		ods := c.String("ods")
		if ods == "" {
			return fmt.Errorf("record history: %q is not a record id (0x and 64 hex digits); for a FHIR file give the custodian's --ods", arg)
		}
		r, err := fhirrecord.ReadFile(arg)
		if err != nil {
			return fmt.Errorf("record history: %w", err)
		}
		if id, err = r.RecordID(ods); err != nil {
			return fmt.Errorf("record history: %w", err)
		}
	}
	e, err := openIndex(c, "record history")
	if err != nil {
		return err
	}
	vs, err := e.gql.RecordVersions(c.Context, id, e.at())
	if err != nil {
		return e.fail("record history", err)
	}
	if len(vs) == 0 {
		return fmt.Errorf("record history: record %s has no version anchored on its own (indexed to block %d); "+
			"a record anchored in a Merkle batch is checked with `bevan record verify`", id.Hex(), e.block)
	}
	out := recordHistoryJSON{id, e.block, vs}
	return printResult(c, out, func(w io.Writer) error {
		if _, err := fmt.Fprintf(w, "record %s: %d version(s) (indexed to block %d)\n", id.Hex(), len(vs), out.Block); err != nil {
			return err
		}
		for i, v := range vs {
			sup := "first version"
			if v.Supersedes != (common.Hash{}) {
				sup = "supersedes " + v.Supersedes.Hex()
			}
			if _, err := fmt.Fprintf(w, "  %d  contentHash %s\n     %s\n     anchored %s (block %d) by %s, tx %s\n", i+1, v.ContentHash.Hex(), sup,
				unixTime(v.AnchoredAt), v.Block, v.Custodian.Hex(), v.Tx.Hex()); err != nil {
				return err
			}
		}
		return nil
	})
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
