package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/bevan-health/bevan/fhirrecord"
	gqlclient "github.com/bevan-health/bevan/graphql/client"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/urfave/cli/v2"
)

func custodianFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "custodian", Usage: "custodian store directory: the custodian's secret and each record's key and salts " +
			"(default: $BEVAN_HOME/custodian)", EnvVars: []string{"BEVAN_CUSTODIAN"}},
		&cli.StringFlag{Name: "ods", Usage: "ODS code of the custodian organisation (e.g. RJ1); names a new custodian store, and must match an existing one", EnvVars: []string{"BEVAN_ODS_CODE"}},
	}
}

func recordCommand() *cli.Command {
	return &cli.Command{
		Name:  "record",
		Usage: "anchor, verify and forget FHIR records (provenance with salted, keyed hashes on chain)",
		Description: "A record is a FHIR R4 JSON resource file. Its recordId is a keyed hash (HMAC-SHA256) under the custodian's\n" +
			"secret and a per-record key, so it cannot be guessed from the FHIR id (an NHS number, say) nor linked across\n" +
			"custodians; each version's contentHash = keccak256(salt ‖ RFC 8785 canonical JSON) with a fresh random salt.\n" +
			"The secret, record keys and salts stay in the custodian store (--custodian) and the proof files; deleting them\n" +
			"(`bevan record forget`) leaves the on-chain hashes as unlinkable noise. See docs/wallets-records.md and docs/privacy.md.",
		Subcommands: []*cli.Command{
			{
				Name:      "hash",
				Usage:     "show what the custodian store holds for FHIR resource files: the record id and whether this content is anchored",
				ArgsUsage: "FILE...",
				Flags:     append(custodianFlags(), &cli.BoolFlag{Name: "json", Usage: "print JSON"}),
				Action:    recordHash,
			},
			{
				Name:      "anchor",
				Usage:     "anchor FHIR resource files on chain (one record, or a Merkle batch of several) and write a proof file per record",
				ArgsUsage: "FILE... [--ods CODE] [--supersedes HASH] [--uri U]",
				Description: "Every file is read and checked as FHIR JSON before anything is sent. One file is anchored with\n" +
					"anchor(recordId, contentHash, supersedes); several with anchorBatch(root, n, uri). A new version of a record\n" +
					"the custodian store knows supersedes its latest single anchor unless --supersedes says otherwise. The\n" +
					"wallet must hold RecordAnchor's CUSTODIAN_ROLE; the relayer pays. Each record's proof (with its salt) is\n" +
					"written to FILE" + fhirrecord.ProofSuffix + " once the transaction is mined (so --no-wait is refused); the store\n" +
					"(created with --ods on first use) keeps the record key and salts.",
				Flags: append(append(chainFlags(true), custodianFlags()...),
					&cli.StringFlag{Name: "supersedes", Usage: "content hash of the version a single record replaces (default: its latest single anchor in the custodian store)"},
					&cli.StringFlag{Name: "uri", Usage: "where a batch's leaves are kept: an absolute URI, at most 256 bytes, public forever (never patient details; batches only)"},
				),
				Action: recordAnchor,
			},
			{
				Name:      "history",
				Usage:     "list a record's anchored versions, first to latest (from the GraphQL indexer)",
				ArgsUsage: "RECORD_ID | FILE",
				Description: "RECORD_ID is the record's id (0x and 64 hex digits, as `bevan record anchor` prints it); or give a FHIR\n" +
					"resource file to look its id up in the custodian store. The versions are the record's single anchors\n" +
					"chained by supersedes; records anchored in a Merkle batch are checked with `bevan record verify`.",
				Flags:  append(indexFlags(), custodianFlags()...),
				Action: recordHistory,
			},
			{
				Name:      "verify",
				Usage:     "check FHIR resource files against their proof files and the chain",
				ArgsUsage: "FILE... [--proof P]",
				Description: "The proof file holds the version's salt: without it nothing connects the file to the chain, by design.\n" +
					"A record belongs to the custodian (wallet) that anchored it: the proof names it, the chain must confirm\n" +
					"that this custodian anchored the version (no other custodian's anchor of the same ids counts), and the\n" +
					"command prints it. With --anchored-by, the version must also be that custodian's.",
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "proof", Usage: "proof file (one FILE only); default: FILE" + fhirrecord.ProofSuffix},
					&cli.StringFlag{Name: "anchored-by", Usage: "address of the custodian the record must come from (default: whichever the proof names)"},
					&cli.StringFlag{Name: "rpc", Value: "http://127.0.0.1:8545", Usage: "JSON-RPC URL of the chain", EnvVars: []string{"BEVAN_RPC"}},
					&cli.StringFlag{Name: "deployments", Value: "deployments", Usage: "directory of the deployment manifests", EnvVars: []string{"BEVAN_DEPLOYMENTS"}},
					&cli.BoolFlag{Name: "json", Usage: "print JSON"},
				},
				Action: recordVerify,
			},
			{
				Name:      "forget",
				Usage:     "crypto-shred a record (or every record of a patient): delete its record key, salts and proof files",
				ArgsUsage: "RECORD_ID | FILE [--patient]",
				Description: "Deletes from the custodian store the record key and every version's salt of the record, and the proof\n" +
					"files written when it was anchored. The on-chain record id and content hashes stay (a chain cannot erase)\n" +
					"but nothing left links them to the record or the patient: Bevan's answer to UK GDPR Art. 17. With --patient,\n" +
					"FILE names a patient (a Patient resource, or any resource about the patient) and every record of that\n" +
					"patient in the store is forgotten. Deleted files are only as gone as their backups: see docs/privacy.md.",
				Flags: append(custodianFlags(),
					&cli.BoolFlag{Name: "patient", Usage: "forget every record of the patient FILE is about"},
					&cli.BoolFlag{Name: "json", Usage: "print JSON"}),
				Action: recordForget,
			},
			recordReleaseCommand(),
		},
	}
}

// openCustodian opens the custodian store (--custodian, default $BEVAN_HOME/custodian); create makes one for --ods
// when there is none, saying so on standard error.
func openCustodian(c *cli.Context, create bool) (*fhirrecord.Store, error) {
	dir := c.String("custodian")
	if dir == "" {
		home, err := bevanHome()
		if err != nil {
			return nil, err
		}
		dir = filepath.Join(home, "custodian")
	}
	s, created, err := fhirrecord.OpenStore(dir, c.String("ods"), create && c.String("ods") != "")
	if errors.Is(err, fhirrecord.ErrNoStore) {
		if create {
			return nil, fmt.Errorf("%w: give --ods (the custodian's ODS code, e.g. RJ1) to create one, or --custodian DIR", err)
		}
		return nil, fmt.Errorf("%w: records are looked up in the custodian store that anchored them (--custodian DIR)", err)
	}
	if err != nil {
		return nil, err
	}
	if created {
		fmt.Fprintf(c.App.ErrWriter, "created custodian store %s for %s: back it up and keep it private (it links records to the chain)\n", dir, s.ODSCode())
	}
	return s, nil
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
	File         string `json:"file"`
	ResourceType string `json:"resourceType"`
	ID           string `json:"id"`
	// RecordID is zero when the custodian store has never anchored the record.
	RecordID common.Hash `json:"recordId"`
	// Anchored says whether this content is an anchored version; ContentHash (its salted hash) and Version (1 for
	// the first) are set when it is.
	Anchored    bool        `json:"anchored"`
	ContentHash common.Hash `json:"contentHash"`
	Version     int         `json:"version"`
	Versions    int         `json:"versions"`
}

func recordHash(c *cli.Context) error {
	files, err := positional(c)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return errors.New("record hash: give one or more FHIR resource files")
	}
	store, err := openCustodian(c, false)
	if err != nil {
		return fmt.Errorf("record hash: %w", err)
	}
	out := make([]recordHashJSON, 0, len(files))
	for _, f := range files {
		r, err := fhirrecord.ReadFile(f)
		if err != nil {
			return err
		}
		h := recordHashJSON{File: f, ResourceType: r.ResourceType, ID: r.ID}
		e, err := store.Lookup(r)
		if err != nil {
			return err
		}
		if e != nil {
			h.RecordID, h.Versions = e.RecordID, len(e.Versions)
			if v := e.VersionOf(r); v != nil {
				h.Anchored, h.ContentHash = true, v.ContentHash
				for i := range e.Versions {
					if e.Versions[i].ContentHash == v.ContentHash {
						h.Version = i + 1
					}
				}
			}
		}
		out = append(out, h)
	}
	if c.Bool("json") {
		enc := json.NewEncoder(c.App.Writer)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	for _, h := range out {
		var err error
		switch {
		case h.RecordID == (common.Hash{}):
			_, err = fmt.Fprintf(c.App.Writer, "%s  %s/%s: not anchored by custodian %s\n", h.File, h.ResourceType, h.ID, store.ODSCode())
		case !h.Anchored:
			_, err = fmt.Fprintf(c.App.Writer, "%s  %s/%s\n  recordId     %s\n  this content is not anchored (%d other version(s) are)\n",
				h.File, h.ResourceType, h.ID, h.RecordID.Hex(), h.Versions)
		default:
			_, err = fmt.Fprintf(c.App.Writer, "%s  %s/%s\n  recordId     %s\n  contentHash  %s (version %d of %d)\n",
				h.File, h.ResourceType, h.ID, h.RecordID.Hex(), h.ContentHash.Hex(), h.Version, h.Versions)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

type recordAnchorJSON struct {
	txResult
	Method     string         `json:"method"`
	BatchRoot  common.Hash    `json:"batchRoot"`
	Supersedes common.Hash    `json:"supersedes"`
	Records    []anchoredJSON `json:"records"`
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
	if c.Bool("no-wait") {
		return errors.New("record anchor: --no-wait is not supported: the proof files need the mined transaction")
	}
	if len(files) > 1 {
		if err := fhirrecord.CheckBatchURI(c.String("uri")); err != nil {
			return fmt.Errorf("record anchor: nothing sent: --uri: %w", err)
		}
	} else if c.String("uri") != "" {
		return errors.New("record anchor: --uri is for a batch (several files)")
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
	store, err := openCustodian(c, true)
	if err != nil {
		return fmt.Errorf("record anchor: nothing sent: %w", err)
	}
	items, err := store.Items(files...)
	if err != nil {
		return fmt.Errorf("record anchor: nothing sent: %w", err)
	}
	for _, it := range items {
		e, err := store.Lookup(it.Resource)
		if err != nil {
			return err
		}
		if e == nil {
			continue
		}
		if v := e.VersionOf(it.Resource); v != nil {
			return fmt.Errorf("record anchor: nothing sent: %s is already anchored (record %s, contentHash %s, tx %s)",
				it.Path, e.RecordID.Hex(), v.ContentHash.Hex(), v.TxHash.Hex())
		}
		if len(items) == 1 && c.String("supersedes") == "" {
			supersedes = e.LatestSingle()
		}
	}
	e, err := openChain(c)
	if err != nil {
		return err
	}
	defer e.Close()
	plan, err := fhirrecord.PlanAnchor(fhirrecord.AnchorOptions{ChainID: e.m.ChainID, RecordAnchor: e.m.AnchorsAddress(),
		ODSCode: store.ODSCode(), Supersedes: supersedes, URI: c.String("uri")}, items)
	if err != nil {
		return fmt.Errorf("record anchor: %w", err)
	}
	what := fmt.Sprintf("record anchor (%d record", len(files))
	if len(files) > 1 {
		what += "s, Merkle batch"
	}
	st, err := e.send(what+")", plan.RecordAnchor, plan.Data)
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
	out := recordAnchorJSON{txResult: e.resultOf(st), Method: plan.Method, BatchRoot: plan.Root, Supersedes: supersedes}
	for i, p := range proofs {
		path := fhirrecord.ProofPath(plan.Records[i].Path)
		if err := fhirrecord.WriteProof(path, p); err != nil {
			return err
		}
		if err := store.Save(plan.Records[i].Item, p, path); err != nil {
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
	// ODSCode is the custodian's ODS code as the proof file states it.
	ODSCode    string      `json:"odsCode"`
	AnchoredAt time.Time   `json:"anchoredAt"`
	TxHash     common.Hash `json:"txHash"`
	Block      uint64      `json:"block"`
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
	var want common.Address
	if s := c.String("anchored-by"); s != "" {
		if want, err = parseAddress("--anchored-by", s); err != nil {
			return err
		}
	}
	e, err := openChain(c)
	if err != nil {
		return err
	}
	defer e.Close()
	var out []recordVerifyJSON
	for _, f := range files {
		proofPath := c.String("proof")
		if proofPath == "" {
			proofPath = fhirrecord.ProofPath(f)
		}
		res, err := verifyOne(e, f, proofPath)
		if err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
		if want != (common.Address{}) && res.Custodian != want {
			return fmt.Errorf("%s: %w: anchored by custodian %s (%s), not --anchored-by %s", f, fhirrecord.ErrNotVerified,
				res.Custodian.Hex(), res.ODSCode, want.Hex())
		}
		out = append(out, *res)
		if !c.Bool("json") {
			how := "single anchor"
			if res.BatchRoot != (common.Hash{}) {
				how = "batch " + res.BatchRoot.Hex()
			}
			if _, err := fmt.Fprintf(c.App.Writer, "verified  %s\n  recordId     %s\n  contentHash  %s\n  custodian    %s (%s)\n  anchored at  %s (%s; tx %s, block %d)\n",
				f, res.RecordID.Hex(), res.ContentHash.Hex(), res.Custodian.Hex(), res.ODSCode, res.AnchoredAt.Format(time.RFC3339), how,
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

func verifyOne(e *chainEnv, file, proofPath string) (*recordVerifyJSON, error) {
	m := e.m
	if _, err := os.Stat(proofPath); errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("no proof file %s: the chain holds only salted, keyed hashes, so a record can only be verified "+
			"with the proof file `bevan record anchor` wrote (it holds the salt); give it with --proof P", proofPath)
	}
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
	v, err := fhirrecord.Verify(e.c.Context, e.eth, p, content)
	if err != nil {
		return nil, err
	}
	return &recordVerifyJSON{File: file, Proof: proofPath, Verified: true, ChainID: p.ChainID, RecordID: v.RecordID,
		ContentHash: v.ContentHash, BatchRoot: v.BatchRoot, Custodian: v.Custodian, ODSCode: p.ODSCode, AnchoredAt: v.AnchoredAt,
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
	arg, err := oneArg(c, "RECORD_ID (or FILE)")
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
		if id, err = recordIDOfFile(c, arg); err != nil {
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

// recordIDOfFile looks a FHIR file's record id up in the custodian store.
func recordIDOfFile(c *cli.Context, path string) (common.Hash, error) {
	r, err := fhirrecord.ReadFile(path)
	if err != nil {
		return common.Hash{}, err
	}
	store, err := openCustodian(c, false)
	if err != nil {
		return common.Hash{}, err
	}
	e, err := store.Lookup(r)
	if err != nil {
		return common.Hash{}, err
	}
	if e == nil {
		return common.Hash{}, fmt.Errorf("%s: custodian %s has not anchored %s (or has forgotten it)", path, store.ODSCode(), r.LocalKey())
	}
	return e.RecordID, nil
}

type recordForgetJSON struct {
	Forgotten []*fhirrecord.Forgotten `json:"forgotten"`
}

// recordForget crypto-shreds records: their record keys, salts and proof files.
func recordForget(c *cli.Context) error {
	arg, err := oneArg(c, "RECORD_ID or FILE")
	if err != nil {
		return err
	}
	store, err := openCustodian(c, false)
	if err != nil {
		return fmt.Errorf("record forget: %w", err)
	}
	var entries []*fhirrecord.Entry
	switch {
	case c.Bool("patient"):
		r, err := fhirrecord.ReadFile(arg)
		if err != nil {
			return fmt.Errorf("record forget: %w", err)
		}
		if r.Patient == "" {
			return fmt.Errorf("record forget: %s names no patient (a Patient resource, or a subject or patient reference to one)", arg)
		}
		if entries, err = store.OfPatient(r.Patient); err != nil {
			return fmt.Errorf("record forget: %w", err)
		}
		if len(entries) == 0 {
			return fmt.Errorf("record forget: the custodian store holds no record of the patient %s is about", arg)
		}
	case strings.HasPrefix(arg, "0x") && !fileExists(arg):
		raw, err := hexutil.Decode(arg)
		if err != nil || len(raw) != 32 {
			return fmt.Errorf("record forget: %q is not a record id (0x and 64 hex digits)", arg)
		}
		e, err := store.Find(common.BytesToHash(raw))
		if err != nil {
			return fmt.Errorf("record forget: %w", err)
		}
		if e == nil {
			return fmt.Errorf("record forget: the custodian store holds no record %s (already forgotten?)", arg)
		}
		entries = append(entries, e)
	default:
		r, err := fhirrecord.ReadFile(arg)
		if err != nil {
			return fmt.Errorf("record forget: %w", err)
		}
		e, err := store.Lookup(r)
		if err != nil {
			return fmt.Errorf("record forget: %w", err)
		}
		if e == nil {
			return fmt.Errorf("record forget: the custodian store holds no key material for %s (already forgotten?)", arg)
		}
		entries = append(entries, e)
	}
	var out recordForgetJSON
	for _, e := range entries {
		f, err := store.Forget(e)
		if f != nil && len(f.Files) > 0 {
			out.Forgotten = append(out.Forgotten, f)
		}
		if err != nil {
			return fmt.Errorf("record forget: %w", err)
		}
	}
	return printResult(c, out, func(w io.Writer) error {
		for _, f := range out.Forgotten {
			if _, err := fmt.Fprintf(w, "forgot record %s (%d version(s)): deleted %s\n", f.RecordID.Hex(), f.Versions,
				strings.Join(f.Files, ", ")); err != nil {
				return err
			}
		}
		_, err := fmt.Fprintln(w, "the on-chain record id and content hashes remain, unlinkable to the record without the deleted keys and salts")
		return err
	})
}
