package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/deployment"
	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/devnet/stack"
	gqlclient "github.com/bevan-health/bevan/graphql/client"
	"github.com/bevan-health/bevan/relayer/api"
	relayerclient "github.com/bevan-health/bevan/relayer/client"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"
)

// The flags shared by the commands that talk to the chain, the relayer and the GraphQL API (consent, guardian,
// emergency, dao, record). Commands that sign also take the wallet flags of wallet.go.
//
// Where state is read from: lists, histories and the past (consent list, consent check --at, guardian list, dao
// members, dao proposals, record history) come from the GraphQL API over the indexer, as of the last indexed block,
// which they print; one consent now (consent show, consent check) is asked from the chain. A signing command waits,
// once its transaction is mined, until the indexer has indexed its block (--index-wait), so that the reads after it
// show the change.

// defaultGraphQL is where `bevan devnet` serves the GraphQL API (and `bevan indexer` by default).
const defaultGraphQL = "http://" + stack.IndexerAddr + "/graphql"

func graphqlFlag() cli.Flag {
	return &cli.StringFlag{Name: "graphql", Value: defaultGraphQL, Usage: "URL of Bevan's GraphQL API (served by `bevan devnet` and `bevan indexer`)",
		EnvVars: []string{"BEVAN_GRAPHQL_URL"}}
}

// chainFlags are the flags of a command that reads the chain; signing adds the relayer, wallet, --no-wait and
// GraphQL flags.
func chainFlags(signing bool) []cli.Flag {
	fs := []cli.Flag{
		&cli.StringFlag{Name: "rpc", Value: "http://127.0.0.1:8545", Usage: "JSON-RPC URL of the chain", EnvVars: []string{"BEVAN_RPC"}},
		&cli.StringFlag{Name: "deployments", Value: "deployments", Usage: "directory of the deployment manifests", EnvVars: []string{"BEVAN_DEPLOYMENTS"}},
		&cli.BoolFlag{Name: "json", Usage: "print JSON"},
		&cli.StringFlag{Name: "keystore", Usage: "keystore directory (default: $BEVAN_HOME/keystore, BEVAN_HOME defaulting to ~/.bevan)", EnvVars: []string{"BEVAN_KEYSTORE"}},
		walletSelectFlag(),
	}
	if signing {
		fs = append(fs,
			&cli.StringFlag{Name: "relayer", Value: "http://127.0.0.1:8547", Usage: "URL of the Bevan relayer that pays for the transaction", EnvVars: []string{"BEVAN_RELAYER_URL"}},
			&cli.StringFlag{Name: "app-key-file", Usage: "file holding the app key the relayer sponsors requests under (default: $" + appKeyEnv + "; on a `bevan devnet` chain, the devnet's key)", EnvVars: []string{"BEVAN_APP_KEY_FILE"}},
			&cli.StringFlag{Name: "password-file", Usage: "file holding the wallet password (trailing newline ignored); default: prompt"},
			&cli.StringFlag{Name: "password-env", Usage: "name of an environment variable holding the wallet password; default: prompt"},
			&cli.BoolFlag{Name: "no-wait", Usage: "return once the relayer has accepted the request, without waiting for the transaction"},
			&cli.DurationFlag{Name: "timeout", Value: 5 * time.Minute, Usage: "how long to wait for the transaction"},
			graphqlFlag(),
			&cli.DurationFlag{Name: "index-wait", Value: 30 * time.Second,
				Usage: "once mined, how long to wait for the indexer (--graphql) to index the transaction's block, so that lists show it; 0: do not wait"},
		)
	}
	return fs
}

// indexFlags are the flags of a command that reads through the GraphQL API only (the wallet flags give the default
// address).
func indexFlags() []cli.Flag {
	return []cli.Flag{
		graphqlFlag(),
		&cli.BoolFlag{Name: "json", Usage: "print JSON"},
		&cli.StringFlag{Name: "keystore", Usage: "keystore directory (default: $BEVAN_HOME/keystore, BEVAN_HOME defaulting to ~/.bevan)", EnvVars: []string{"BEVAN_KEYSTORE"}},
		walletSelectFlag(),
	}
}

// indexEnv is a command's connection to the GraphQL API.
type indexEnv struct {
	c   *cli.Context
	gql *gqlclient.Client
	// block is the indexed block the command's answers are as of (see at).
	block uint64
}

// openIndex connects to --graphql and asks how far the indexer has got: the command's reads are then answered as
// of that block (so that the pages of a list agree with each other and with the block printed).
func openIndex(c *cli.Context, what string) (*indexEnv, error) {
	e := &indexEnv{c: c, gql: gqlclient.New(c.String("graphql"), nil)}
	st, err := e.gql.IndexerStatus(c.Context)
	if err != nil {
		return nil, e.fail(what, err)
	}
	e.block = st.Indexed
	return e, nil
}

// at is the block the command's reads are answered as of.
func (e *indexEnv) at() *uint64 { return gqlclient.AtBlock(e.block) }

// fail explains a failed GraphQL read: an unreachable API is named, with what serves it.
func (e *indexEnv) fail(what string, err error) error {
	return graphqlError(what, e.gql.URL(), err)
}

// unreachableError is a GraphQL API that did not answer.
type unreachableError struct {
	what, url string
	err       error
}

func (u *unreachableError) Error() string {
	cause := u.err.Error()
	var ue *url.Error
	if errors.As(u.err, &ue) {
		cause = ue.Err.Error()
	}
	msg := fmt.Sprintf("no answer from the GraphQL API at %s (%s): `bevan devnet` and `bevan indexer` serve it; "+
		"start one, or point --graphql (BEVAN_GRAPHQL_URL) at it", u.url, cause)
	if u.what == "" {
		return msg
	}
	return u.what + ": " + msg
}

func (u *unreachableError) Unwrap() error { return u.err }

// graphqlError is err of the GraphQL API at url, prefixed with what (unless empty).
func graphqlError(what, url string, err error) error {
	if errors.Is(err, gqlclient.ErrUnreachable) {
		return &unreachableError{what, url, err}
	}
	if what == "" {
		return err
	}
	return fmt.Errorf("%s: %w", what, err)
}

// plural is "1 consent", "2 consents".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// chainEnv is a command's connection to the chain (and the relayer, for commands that sign).
type chainEnv struct {
	c       *cli.Context
	eth     *ethclient.Client
	m       *deployment.Manifest
	relayer *relayerclient.Client
	domain  relayerclient.Domain
	// gql, for commands that sign, is the GraphQL API whose indexer a mined transaction waits for.
	gql *gqlclient.Client
	// indexed says whether the indexer had the last mined transaction's block in time (nil: not asked).
	indexed *bool
	// key and from are a signing command's unlocked wallet (see signer).
	key  *ecdsa.PrivateKey
	from common.Address
}

// openChain dials --rpc and loads the deployment manifest of its chain from --deployments.
func openChain(c *cli.Context) (*chainEnv, error) {
	rpc := c.String("rpc")
	eth, err := ethclient.DialContext(c.Context, rpc)
	if err != nil {
		return nil, fmt.Errorf("dial %s: %w", rpc, err)
	}
	m, _, err := deployment.Resolve(c.Context, deployment.Source{Dir: c.String("deployments")}, eth.ChainID)
	if err != nil {
		eth.Close()
		return nil, err
	}
	e := &chainEnv{c: c, eth: eth, m: m,
		domain: relayerclient.Domain{ChainID: new(big.Int).SetUint64(m.ChainID), Forwarder: m.ForwarderAddress(), Governor: m.GovernorAddress()}}
	if hasFlag(c, "relayer") {
		e.relayer = relayerclient.New(c.String("relayer"), nil)
		key, err := appKey(c, m)
		if err != nil {
			eth.Close()
			return nil, err
		}
		e.relayer.AppKey = key
	}
	if hasFlag(c, "index-wait") {
		e.gql = gqlclient.New(c.String("graphql"), nil)
	}
	return e, nil
}

// openSigner is openChain with the wallet unlocked (see signer), for a signing command that needs the signer's
// address first.
func openSigner(c *cli.Context) (*chainEnv, common.Address, error) {
	e, err := openChain(c)
	if err != nil {
		return nil, common.Address{}, err
	}
	from, err := e.signer()
	if err != nil {
		e.Close()
		return nil, common.Address{}, err
	}
	return e, from, nil
}

// appKeyEnv holds the relayer app key (kept out of argv, where other users of the machine could read it).
const appKeyEnv = "BEVAN_APP_KEY"

// appKey is the app key a signing command sends to the relayer: --app-key-file, else $BEVAN_APP_KEY, else on a chain
// deployed by `bevan devnet` (its public deployer key) the devnet relayer's key; none otherwise (the relayer then
// sponsors the request only if it allowlists the wallet or allows unauthenticated use).
func appKey(c *cli.Context, m *deployment.Manifest) (string, error) {
	if path := c.String("app-key-file"); path != "" {
		raw, err := os.ReadFile(path)
		if err != nil {
			return "", fmt.Errorf("--app-key-file: %w", err)
		}
		return strings.TrimSpace(string(raw)), nil
	}
	if k := strings.TrimSpace(os.Getenv(appKeyEnv)); k != "" {
		return k, nil
	}
	if m.Deployer == devnet.DevAddress(devnet.RoleDeployer) {
		return devnet.DevAppKey, nil
	}
	return "", nil
}

func hasFlag(c *cli.Context, name string) bool {
	for _, f := range c.Command.Flags {
		for _, n := range f.Names() {
			if n == name {
				return true
			}
		}
	}
	return false
}

func (e *chainEnv) Close() { e.eth.Close() }

// progress writes a progress line to standard error (results go to standard output).
func (e *chainEnv) progress(format string, args ...any) {
	fmt.Fprintf(e.c.App.ErrWriter, format+"\n", args...)
}

// walletAddr is the address of the selected wallet (no password needed).
func walletAddr(c *cli.Context) (common.Address, error) {
	ks, dir, err := openKeystore(c, false)
	if err != nil {
		return common.Address{}, err
	}
	a, err := selectWallet(c, ks, dir)
	if err != nil {
		return common.Address{}, err
	}
	return a.Address, nil
}

// txResult is what a command that sends a request reports about it.
type txResult struct {
	RequestID common.Hash    `json:"requestId"`
	Status    string         `json:"status"`
	From      common.Address `json:"from"`
	TxHash    *common.Hash   `json:"txHash,omitempty"`
	Block     uint64         `json:"block,omitempty"`
	GasUsed   uint64         `json:"gasUsed,omitempty"`
	Fee       string         `json:"fee,omitempty"`
	// Indexed says whether the indexer had indexed the block when the command returned (absent: not asked).
	Indexed *bool `json:"indexed,omitempty"`
}

// resultOf is what the command reports about a request.
func (e *chainEnv) resultOf(st *api.Status) txResult {
	return txResult{RequestID: st.ID, Status: st.Status, From: st.From, TxHash: st.TxHash, Block: st.Block, GasUsed: st.GasUsed, Fee: st.Fee,
		Indexed: e.indexed}
}

// refusal is a relayer's refusal of a request, naming its stable error code and message.
type refusal struct {
	what string
	err  *api.Error
}

func (r *refusal) Error() string {
	return fmt.Sprintf("%s: the relayer refused the request [%s]: %s", r.what, r.err.Code, r.err.Message)
}

func (r *refusal) Unwrap() error { return r.err }

// relayerError explains a relayer refusal with its code and message.
func relayerError(what string, err error) error {
	var ae *api.Error
	if errors.As(err, &ae) {
		return &refusal{what, ae}
	}
	return fmt.Errorf("%s: %w", what, err)
}

// signer unlocks the selected wallet once (--wallet; --password-file, --password-env or a prompt) and returns its
// address. A signing command calls it where it needs the signer's address before it sends; send and vote unlock
// the wallet otherwise.
func (e *chainEnv) signer() (common.Address, error) {
	if e.key == nil {
		key, acct, err := unlockWallet(e.c)
		if err != nil {
			return common.Address{}, err
		}
		e.key, e.from = key, acct.Address
	}
	return e.from, nil
}

// send is the one path of every signing command's call: relayer/client's Submit signs the call to `to` as an
// ERC-2771 forward request with the wallet's key (gas estimated as the forwarder makes the call, deadline from the
// chain's time) and submits it; then, unless --no-wait, it waits until mined. A refusal or a failed transaction is
// an error naming why.
func (e *chainEnv) send(what string, to common.Address, data []byte) (*api.Status, error) {
	from, err := e.signer()
	if err != nil {
		return nil, err
	}
	acc, req, err := e.relayer.Submit(e.c.Context, e.key, e.domain, relayerclient.Call{To: to, Data: data},
		relayerclient.EstimateGas(e.eth, 0), relayerclient.ChainDeadline(e.eth))
	if req != nil {
		e.progress("%s: submitting to the relayer as %s (gas %d)", what, from.Hex(), req.Gas)
	}
	if err != nil {
		return nil, relayerError(what, err)
	}
	return e.await(what, acc, from)
}

// call is send of the call method(args...) to the contract at `to`, whose ABI md holds.
func (e *chainEnv) call(what string, to common.Address, md *bind.MetaData, method string, args ...any) (*api.Status, error) {
	data, err := packCall(md, method, args...)
	if err != nil {
		return nil, err
	}
	return e.send(what, to, data)
}

// vote is send's path for a Governor ballot: relayer/client's SubmitVote signs the wallet's vote (support 0
// against, 1 for, 2 abstain) with its Governor nonce and submits it; then, unless --no-wait, it waits until mined.
func (e *chainEnv) vote(what string, proposalID *big.Int, support uint8, how string) (*api.Status, error) {
	from, err := e.signer()
	if err != nil {
		return nil, err
	}
	e.progress("%s: submitting %s's ballot (%s) to the relayer", what, from.Hex(), how)
	acc, _, err := e.relayer.SubmitVote(e.c.Context, e.key, e.domain, proposalID, support)
	if err != nil {
		return nil, relayerError(what, err)
	}
	return e.await(what, acc, from)
}

// report prints a signing command's result: out as JSON with --json; otherwise, for a request that is not mined
// (--no-wait), that it was accepted, and for a mined one what mined writes.
func (e *chainEnv) report(what string, st *api.Status, out any, mined func(w io.Writer) error) error {
	return printResult(e.c, out, func(w io.Writer) error {
		if st.Status != api.StateMined {
			_, err := fmt.Fprintf(w, "%s accepted (request %s); not waiting\n", what, st.ID.Hex())
			return err
		}
		return mined(w)
	})
}

// consentsCall is the whole of a signing command that makes one ConsentRegistry call, method(args...): it dials the
// chain, sends the call as the wallet, and prints the result that result makes of the request's status (JSON with
// --json; else its line, and the transaction, once mined).
func consentsCall(c *cli.Context, what, method string, args []any, result func(e *chainEnv, st *api.Status) (out any, line string)) error {
	return contractCall(c, what, deployment.Consents, bindings.ConsentRegistryMetaData, method, args, result)
}

// contractCall is consentsCall for the call method(args...) of the manifest's contract named contract, whose ABI md
// holds.
func contractCall(c *cli.Context, what, contract string, md *bind.MetaData, method string, args []any,
	result func(e *chainEnv, st *api.Status) (out any, line string)) error {
	e, err := openChain(c)
	if err != nil {
		return err
	}
	defer e.Close()
	to, err := e.m.Address(contract)
	if err != nil {
		return err
	}
	st, err := e.call(what, to, md, method, args...)
	if err != nil {
		return err
	}
	out, line := result(e, st)
	return e.report(what, st, out, func(w io.Writer) error {
		_, err := fmt.Fprintf(w, "%s\n  tx %s (block %d)\n", line, st.TxHash.Hex(), st.Block)
		return err
	})
}

// consentEvent is the ConsentRegistry event that parse finds in a mined request's receipt (name is the event's, for
// the error when there is none).
func consentEvent[T any](e *chainEnv, st *api.Status, what, name string, parse func(*bindings.ConsentRegistryFilterer, types.Log) (T, error)) (T, error) {
	var zero T
	rcpt, err := e.receipt(st)
	if err != nil {
		return zero, err
	}
	f, err := bindings.NewConsentRegistryFilterer(e.m.ConsentsAddress(), e.eth)
	if err != nil {
		return zero, err
	}
	for _, l := range rcpt.Logs {
		if l.Address != e.m.ConsentsAddress() {
			continue
		}
		if ev, err := parse(f, *l); err == nil {
			return ev, nil
		}
	}
	return zero, fmt.Errorf("%s: no %s event in %s", what, name, st.TxHash.Hex())
}

// await reports an accepted request and, unless --no-wait, waits for its final status.
func (e *chainEnv) await(what string, acc *api.Accepted, from common.Address) (*api.Status, error) {
	e.progress("%s: accepted, request %s", what, acc.ID.Hex())
	if e.c.Bool("no-wait") {
		return &api.Status{ID: acc.ID, Status: acc.Status, From: from}, nil
	}
	ctx, cancel := context.WithTimeout(e.c.Context, e.c.Duration("timeout"))
	defer cancel()
	e.progress("%s: waiting for the transaction...", what)
	st, err := e.relayer.Wait(ctx, acc.ID)
	if err != nil {
		return st, relayerError(what+": wait", err)
	}
	if st.Status != api.StateMined {
		return st, fmt.Errorf("%s: request %s %s: %s", what, st.ID.Hex(), st.Status, st.Error)
	}
	tx := ""
	if st.TxHash != nil {
		tx = st.TxHash.Hex()
	}
	e.progress("%s: mined in block %d (tx %s, gas %d)", what, st.Block, tx, st.GasUsed)
	e.awaitIndexed(what, st.Block)
	return st, nil
}

// awaitIndexed waits, up to --index-wait, until the GraphQL API's indexer has indexed block n, so that the reads
// after the command (consent list, guardian list, dao proposals...) show its change. The transaction is mined
// either way: an indexer that is late or unreachable is reported on standard error, not as a failure.
func (e *chainEnv) awaitIndexed(what string, n uint64) {
	d := e.c.Duration("index-wait")
	if e.gql == nil || d <= 0 {
		return
	}
	ctx, cancel := context.WithTimeout(e.c.Context, d)
	defer cancel()
	e.progress("%s: waiting for the indexer (%s) to index block %d...", what, e.gql.URL(), n)
	ok := false
	e.indexed = &ok
	if _, err := e.gql.WaitIndexed(ctx, n); err != nil {
		e.progress("%s: warning: block %d is not indexed yet: %v; lists read through GraphQL may not show this change yet", what, n,
			graphqlError("", e.gql.URL(), err))
		return
	}
	ok = true
	e.progress("%s: indexed", what)
}

// receipt fetches a mined request's transaction receipt.
func (e *chainEnv) receipt(st *api.Status) (*types.Receipt, error) {
	if st.TxHash == nil {
		return nil, fmt.Errorf("request %s has no transaction", st.ID.Hex())
	}
	r, err := e.eth.TransactionReceipt(e.c.Context, *st.TxHash)
	if err != nil {
		return nil, fmt.Errorf("receipt of %s: %w", st.TxHash.Hex(), err)
	}
	return r, nil
}

// printResult prints v as indented JSON with --json, or calls human otherwise.
func printResult(c *cli.Context, v any, human func(w io.Writer) error) error {
	if c.Bool("json") {
		enc := json.NewEncoder(c.App.Writer)
		enc.SetIndent("", "  ")
		return enc.Encode(v)
	}
	return human(c.App.Writer)
}

// parseAddress parses a flag or argument that must be an address.
func parseAddress(what, s string) (common.Address, error) {
	if !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("%s %q is not an address (0x followed by 40 hex digits)", what, s)
	}
	return common.HexToAddress(s), nil
}

// addressArg parses the command's single positional argument, an address: name names the argument in the usage
// error, what the address in a parse error.
func addressArg(c *cli.Context, name, what string) (common.Address, error) {
	arg, err := oneArg(c, name)
	if err != nil {
		return common.Address{}, err
	}
	return parseAddress(what, arg)
}

// twoAddresses parses a command's two positional address arguments, named first and second in its errors.
func twoAddresses(c *cli.Context, first, second string) (common.Address, common.Address, error) {
	args, err := positional(c)
	if err != nil {
		return common.Address{}, common.Address{}, err
	}
	if len(args) != 2 {
		return common.Address{}, common.Address{}, fmt.Errorf("%s: give the %s's address and the %s's", c.Command.FullName(), first, second)
	}
	a, err := parseAddress(first, args[0])
	if err != nil {
		return common.Address{}, common.Address{}, err
	}
	b, err := parseAddress(second, args[1])
	return a, b, err
}

// parseUint256 parses a decimal or 0x-hex id.
func parseUint256(what, s string) (*big.Int, error) {
	v, err := api.ParseUint256(what, strings.TrimSpace(s))
	if err != nil {
		return nil, fmt.Errorf("%w (want a decimal or 0x-hex number)", err)
	}
	return v, nil
}

// hexID prints a uint256 id as 0x and 64 hex digits.
func hexID(v *big.Int) string { return common.BigToHash(v).Hex() }

// bevanHome is $BEVAN_HOME, defaulting to ~/.bevan.
func bevanHome() (string, error) {
	if h := os.Getenv("BEVAN_HOME"); h != "" {
		return h, nil
	}
	u, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("set BEVAN_HOME: %w", err)
	}
	return filepath.Join(u, ".bevan"), nil
}

// listPage is the page size of the lists read through GraphQL (the server refuses much larger pages of consents).
const listPage = 500

// listed is a list read page by page.
type listed[T any] struct {
	items      []T
	totalCount int
	hasMore    bool
	endCursor  string
}

// fetchAll reads up to limit items (0: every one) from fetch, page by page from the cursor after, as of the
// command's indexed block.
func fetchAll[T any](e *indexEnv, limit int, after string, fetch func(gqlclient.ListOptions) (*gqlclient.Page[T], error)) (*listed[T], error) {
	out := &listed[T]{items: []T{}}
	for {
		n := listPage
		if limit > 0 {
			n = min(n, limit-len(out.items))
		}
		p, err := fetch(gqlclient.ListOptions{First: n, After: after, Block: e.at()})
		if err != nil {
			return nil, err
		}
		out.items = append(out.items, p.Items...)
		out.totalCount, out.hasMore, out.endCursor = p.TotalCount, p.HasNextPage, p.EndCursor
		if !p.HasNextPage || (limit > 0 && len(out.items) >= limit) {
			return out, nil
		}
		after = p.EndCursor
	}
}

// addressOr is the address in flag, or def when the flag is not given.
func addressOr(c *cli.Context, flag string, def common.Address) (common.Address, error) {
	if s := c.String(flag); s != "" {
		return parseAddress("--"+flag, s)
	}
	return def, nil
}

// addressOrWallet is the address in flag, or else the selected wallet's.
func addressOrWallet(c *cli.Context, flag string) (common.Address, error) {
	if s := c.String(flag); s != "" {
		return parseAddress("--"+flag, s)
	}
	a, err := walletAddr(c)
	if err != nil {
		return common.Address{}, errors.Join(fmt.Errorf("--%s is required (or a wallet whose address to use)", flag), err)
	}
	return a, nil
}

// unixTime prints unix seconds as an RFC 3339 UTC time.
func unixTime(t uint64) string { return time.Unix(int64(t), 0).UTC().Format(time.RFC3339) }

// parseHash parses a flag or argument that must be 32 bytes in hex (0x and 64 hex digits).
func parseHash(what, s string) (common.Hash, error) {
	raw, err := hexutil.Decode(s)
	if err != nil || len(raw) != common.HashLength {
		return common.Hash{}, fmt.Errorf("%s %q is not 0x followed by 64 hex digits", what, s)
	}
	return common.BytesToHash(raw), nil
}
