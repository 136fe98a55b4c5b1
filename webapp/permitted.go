package webapp

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"regexp"
	"time"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/vocab"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
)

// PermittedPath is where the app asks the chain directly whether a grantee may act on a patient's records.
const PermittedPath = "/app/api/permitted"

// PermittedTimeout bounds one on-chain check (the block number and the call).
const PermittedTimeout = 5 * time.Second

// ChainReader is what PermittedHandler needs of an RPC client (an *ethclient.Client).
type ChainReader interface {
	bind.ContractCaller
	BlockNumber(ctx context.Context) (uint64, error)
}

// Permitted is the on-chain answer: ConsentRegistry.isPermitted at Block.
type Permitted struct {
	Permitted bool   `json:"permitted"`
	Block     uint64 `json:"block"`
}

var addressRE = regexp.MustCompile(`^0x[0-9a-fA-F]{40}$`)

// PermittedHandler answers GET ?patient=0x…&grantee=0x…&purpose=TREAT&action=access with ConsentRegistry.isPermitted
// (the contract at consents, through client, at the latest block), as {"permitted":…,"block":…}. It is this one
// read, never a general RPC proxy: the query must hold exactly those four parameters, once each, the addresses as
// 0x and 40 hexadecimal digits and the purpose and action as vocab's exact codes, or the answer is a stable error
// ({"error":{"code":…}}: bad_query, bad_patient, bad_grantee, bad_purpose, bad_action) before anything reaches the
// chain. With no client (no RPC configured) the answer is no_rpc; a chain that does not answer within timeout is
// rpc_unavailable.
func PermittedHandler(client ChainReader, consents common.Address, timeout time.Duration, log *slog.Logger) http.Handler {
	var reg *bindings.ConsentRegistryCaller
	if client != nil {
		var err error
		if reg, err = bindings.NewConsentRegistryCaller(consents, client); err != nil {
			log.Error("on-chain check", "err", err) // only an ABI parse failure, which cannot happen at run time
			reg = nil
		}
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", csp)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Cache-Control", "no-store")
		if r.Method != http.MethodGet {
			apiError(w, http.StatusMethodNotAllowed, "method_not_allowed", "only GET")
			return
		}
		q := r.URL.Query()
		if len(q) != 4 {
			apiError(w, http.StatusBadRequest, "bad_query", "want exactly patient, grantee, purpose and action")
			return
		}
		one := func(name string) (string, bool) {
			v := q[name]
			return firstOr(v), len(v) == 1
		}
		patient, ok1 := one("patient")
		grantee, ok2 := one("grantee")
		purposeCode, ok3 := one("purpose")
		actionCode, ok4 := one("action")
		if !ok1 || !ok2 || !ok3 || !ok4 {
			apiError(w, http.StatusBadRequest, "bad_query", "want exactly patient, grantee, purpose and action, once each")
			return
		}
		if !addressRE.MatchString(patient) {
			apiError(w, http.StatusBadRequest, "bad_patient", "the patient must be an address: 0x and 40 hexadecimal digits")
			return
		}
		if !addressRE.MatchString(grantee) {
			apiError(w, http.StatusBadRequest, "bad_grantee", "the grantee must be an address: 0x and 40 hexadecimal digits")
			return
		}
		purpose, err := vocab.ParsePurpose(purposeCode)
		if err != nil || purpose.Code() != purposeCode {
			apiError(w, http.StatusBadRequest, "bad_purpose", "unknown purpose code (want a PurposeOfUse code such as TREAT)")
			return
		}
		action, err := vocab.ParseAction(actionCode)
		if err != nil || action.Code() != actionCode {
			apiError(w, http.StatusBadRequest, "bad_action", "unknown action code (want collect, access, use, disclose or correct)")
			return
		}
		if reg == nil {
			apiError(w, http.StatusServiceUnavailable, "no_rpc", "this server has no chain RPC configured for on-chain checks")
			return
		}
		ctx, cancel := context.WithTimeout(r.Context(), timeout)
		defer cancel()
		block, err := client.BlockNumber(ctx)
		var ok bool
		if err == nil {
			ok, err = reg.IsPermitted(&bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(block)},
				common.HexToAddress(patient), common.HexToAddress(grantee), uint8(purpose), uint8(action))
		}
		if err != nil {
			log.Warn("on-chain check", "err", err)
			apiError(w, http.StatusBadGateway, "rpc_unavailable", "the chain did not answer")
			return
		}
		h.Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(Permitted{Permitted: ok, Block: block})
	})
}

func firstOr(v []string) string {
	if len(v) == 0 {
		return ""
	}
	return v[0]
}

func apiError(w http.ResponseWriter, status int, code, message string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = fmt.Fprintf(w, `{"error":{"code":%q,"message":%q}}`, code, message)
}
