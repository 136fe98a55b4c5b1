// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"errors"
	"math/big"
	"strings"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
)

// ConsentRegistryMetaData contains all meta data concerning the ConsentRegistry contract.
var ConsentRegistryMetaData = &bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"trustedForwarder\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"emergencyResponders\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"ACTION_ACCESS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"ACTION_COLLECT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"ACTION_CORRECT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"ACTION_COUNT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"ACTION_DISCLOSE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"ACTION_USE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"ALL_ACTIONS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"ALL_PURPOSES\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"EMERGENCY_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_CONSENTS_PER_GRANTEE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PURPOSE_CAREMGT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PURPOSE_CLINTRL\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PURPOSE_COUNT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PURPOSE_ETREAT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PURPOSE_HOPERAT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PURPOSE_HPAYMT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PURPOSE_HRESCH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PURPOSE_HSYSADMIN\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PURPOSE_PATRQT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PURPOSE_PUBHLTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PURPOSE_TREAT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"appointGuardian\",\"inputs\":[{\"name\":\"guardian\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"approve\",\"inputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"balanceOf\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"consent\",\"inputs\":[{\"name\":\"consentId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"grantee\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"purposes\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"actions\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"validUntil\",\"type\":\"uint48\",\"internalType\":\"uint48\"},{\"name\":\"revoked\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"consentCount\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"grantee\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"consentIdOf\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"grantee\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"index\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"getApproved\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grant\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"grantee\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"purposes\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"actions\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"expiresAt\",\"type\":\"uint48\",\"internalType\":\"uint48\"},{\"name\":\"scope\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"consentId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"guardiansOf\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isApprovedForAll\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isGuardian\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"guardian\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isPermitted\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"grantee\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"purpose\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"action\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isTrustedForwarder\",\"inputs\":[{\"name\":\"forwarder\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"locked\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"name\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"ownerOf\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"permittingConsent\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"grantee\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"purpose\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"action\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"outputs\":[{\"name\":\"permitted\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"consentId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"recordEmergencyAccess\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"reasonHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"removeGuardian\",\"inputs\":[{\"name\":\"guardian\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revoke\",\"inputs\":[{\"name\":\"consentId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"safeTransferFrom\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"safeTransferFrom\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"data\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setApprovalForAll\",\"inputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"symbol\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"tokenURI\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transferFrom\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"trustedForwarder\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"Approval\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"approved\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ApprovalForAll\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"approved\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ConsentGranted\",\"inputs\":[{\"name\":\"consentId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"patient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"grantee\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"purposes\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"actions\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"expiresAt\",\"type\":\"uint48\",\"indexed\":false,\"internalType\":\"uint48\"},{\"name\":\"scope\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"by\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ConsentRevoked\",\"inputs\":[{\"name\":\"consentId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"patient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"grantee\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"revokedAt\",\"type\":\"uint48\",\"indexed\":false,\"internalType\":\"uint48\"},{\"name\":\"by\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EmergencyAccess\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"accessor\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"reasonHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"at\",\"type\":\"uint48\",\"indexed\":false,\"internalType\":\"uint48\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"GuardianAppointed\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"guardian\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"GuardianRemoved\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"guardian\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Locked\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Transfer\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Unlocked\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"AlreadyRevoked\",\"inputs\":[{\"name\":\"consentId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ERC721IncorrectOwner\",\"inputs\":[{\"name\":\"sender\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC721InsufficientApproval\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ERC721InvalidApprover\",\"inputs\":[{\"name\":\"approver\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC721InvalidOperator\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC721InvalidOwner\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC721InvalidReceiver\",\"inputs\":[{\"name\":\"receiver\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC721InvalidSender\",\"inputs\":[{\"name\":\"sender\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC721NonexistentToken\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"GuardianExists\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"guardian\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"GuardianNotFound\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"guardian\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"InvalidActions\",\"inputs\":[{\"name\":\"actions\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"InvalidExpiry\",\"inputs\":[{\"name\":\"expiresAt\",\"type\":\"uint48\",\"internalType\":\"uint48\"}]},{\"type\":\"error\",\"name\":\"InvalidGrantee\",\"inputs\":[{\"name\":\"grantee\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"InvalidGuardian\",\"inputs\":[{\"name\":\"guardian\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"InvalidPatient\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"InvalidPurposes\",\"inputs\":[{\"name\":\"purposes\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]},{\"type\":\"error\",\"name\":\"MissingReason\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotPatientOrGuardian\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SoulboundToken\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"TooManyConsents\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"grantee\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"UnknownConsent\",\"inputs\":[{\"name\":\"consentId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}]",
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161363a38038061363a83398101604081905261002e91610277565b826040518060400160405280601581526020017f426576616e2050617469656e7420436f6e73656e740000000000000000000000815250604051806040016040528060088152602001671090d3d394d1539560c21b815250815f908161009491906103e8565b5060016100a182826103e8565b5050506001600160a01b03166080526100ba5f83610121565b505f5b81518110156101185761010f7fbf233dd2aafeb4d50879c4aa5c81e96d92f6e6945c906a58f9f2d1c1631b4b268383815181106100fc576100fc6104a2565b602002602001015161012160201b60201c565b506001016100bd565b50505050610515565b5f8281526006602090815260408083206001600160a01b038516845290915281205460ff166101c6575f8381526006602090815260408083206001600160a01b03861684529091529020805460ff1916600117905561017e6101cf565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016101c9565b505f5b92915050565b5f6101d86101dd565b905090565b5f3660148082108015906101f557506101f533610223565b1561021b5761020836828403815f6104b6565b610211916104dd565b60601c9250505090565b339250505090565b5f61022d60805190565b6001600160a01b0316826001600160a01b0316149050919050565b80516001600160a01b038116811461025e575f5ffd5b919050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f60608486031215610289575f5ffd5b61029284610248565b92506102a060208501610248565b60408501519092506001600160401b038111156102bb575f5ffd5b8401601f810186136102cb575f5ffd5b80516001600160401b038111156102e4576102e4610263565b604051600582901b90603f8201601f191681016001600160401b038111828210171561031257610312610263565b60405291825260208184018101929081018984111561032f575f5ffd5b6020850194505b838510156103555761034785610248565b815260209485019401610336565b50809450505050509250925092565b600181811c9082168061037857607f821691505b60208210810361039657634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156103e357805f5260205f20601f840160051c810160208510156103c15750805b601f840160051c820191505b818110156103e0575f81556001016103cd565b50505b505050565b81516001600160401b0381111561040157610401610263565b6104158161040f8454610364565b8461039c565b6020601f821160018114610447575f83156104305750848201515b5f19600385901b1c1916600184901b1784556103e0565b5f84815260208120601f198516915b828110156104765787850151825560209485019460019092019101610456565b508482101561049357868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b634e487b7160e01b5f52603260045260245ffd5b5f5f858511156104c4575f5ffd5b838611156104d0575f5ffd5b5050820193919092039150565b80356001600160601b0319811690601484101561050e576001600160601b0319601485900360031b81901b82161691505b5092915050565b6080516130ff61053b5f395f818161053f015281816105ba015261233601526130ff5ff3fe608060405234801561000f575f5ffd5b506004361061035c575f3560e01c806371404156116101c9578063b88d4fde116100fe578063dde4320d1161009e578063ec0e348411610079578063ec0e3484146107bc578063ec1ce32f146105e6578063ecd2722a146107cf578063faf8c2f5146104a1575f5ffd5b8063dde4320d1461076e578063e7d0f18714610582578063e985e9c514610781575f5ffd5b8063c87b56dd116100d9578063c87b56dd14610735578063d4ee973414610748578063d547741f1461075b578063ddbc4782146103a1575f5ffd5b8063b88d4fde14610712578063bb1ee61c14610725578063c30625c01461072d575f5ffd5b806391d1485411610169578063a217fddf11610144578063a217fddf146106dd578063a22cb465146106e4578063ab94e023146106f7578063b45a3c0e146106ff575f5ffd5b806391d148541461063d57806395d89b41146106755780639eef6ce81461067d575f5ffd5b806380efca6e116101a457806380efca6e146105e657806381c979ae146105ee57806382a448471461060a5780638da630151461062a575f5ffd5b806371404156146105a55780637da0a877146105b85780637ebb7f08146105de575f5ffd5b80632f2ff15d1161029f578063572b6c051161023f5780636c53b63f1161021a5780636c53b63f146103885780636dd7f5d7146105825780636ec1990b1461058a57806370a0823114610592575f5ffd5b8063572b6c051461052f5780635d419257146104bc5780636352211e1461056f575f5ffd5b80633e9fb41b1161027a5780633e9fb41b146104d757806342010416146104ea57806342842e0e1461051457806348434d9314610527575f5ffd5b80632f2ff15d146104a95780632fc10cc3146104bc57806336568abe146104c4575f5ffd5b8063191a149e1161030a57806320df4359116102e557806320df43591461044557806323b872dd1461046c578063248a9ca31461047f57806327771385146104a1575f5ffd5b8063191a149e146103fe578063208f8d951461041f57806320c5429b14610432575f5ffd5b806306fdde031161033a57806306fdde03146103a9578063081812fc146103be578063095ea7b3146103e9575f5ffd5b806301ffc9a714610360578063037ed2a41461038857806305d437ad146103a1575b5f5ffd5b61037361036e366004612a27565b6107d7565b60405190151581526020015b60405180910390f35b61038f5f81565b60405160ff909116815260200161037f565b61038f600381565b6103b16107f6565b60405161037f9190612a8e565b6103d16103cc366004612aa0565b610885565b6040516001600160a01b03909116815260200161037f565b6103fc6103f7366004612ad2565b6108ac565b005b61041161040c366004612afa565b6108e6565b60405190815260200161037f565b61037361042d366004612b3b565b610933565b6103fc610440366004612aa0565b61094c565b6104117fbf233dd2aafeb4d50879c4aa5c81e96d92f6e6945c906a58f9f2d1c1631b4b2681565b6103fc61047a366004612b8c565b610b6a565b61041161048d366004612aa0565b5f9081526006602052604090206001015490565b61038f600181565b6103fc6104b7366004612bc6565b610c2c565b61038f600581565b6103fc6104d2366004612bc6565b610c50565b6104116104e5366004612bf8565b610cb1565b6104fd6104f8366004612b3b565b61132b565b60408051921515835260208301919091520161037f565b6103fc610522366004612b8c565b6114f8565b61038f600881565b61037361053d366004612c6f565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0390811691161490565b6103d161057d366004612aa0565b611512565b61038f600281565b61038f600781565b6104116105a0366004612c6f565b61151c565b6103fc6105b3366004612c6f565b61157a565b7f00000000000000000000000000000000000000000000000000000000000000006103d1565b61038f600981565b61038f600481565b6105f761010081565b60405161ffff909116815260200161037f565b61061d610618366004612c6f565b611634565b60405161037f9190612c88565b610411610638366004612cd3565b611657565b61037361064b366004612bc6565b5f9182526006602090815260408084206001600160a01b0393909316845291905290205460ff1690565b6103b16116e3565b61069061068b366004612aa0565b6116f2565b604080516001600160a01b03978816815296909516602087015261ffff9093169385019390935260ff16606084015265ffffffffffff9091166080830152151560a082015260c00161037f565b6104115f81565b6103fc6106f2366004612d13565b6117aa565b6105f76117de565b61037361070d366004612aa0565b6117ee565b6103fc610720366004612d79565b611801565b61038f600a81565b61038f600681565b6103b1610743366004612aa0565b611820565b610373610756366004612afa565b611890565b6103fc610769366004612bc6565b6118b1565b6103fc61077c366004612c6f565b6118d5565b61037361078f366004612afa565b6001600160a01b039182165f90815260056020908152604080832093909416825291909152205460ff1690565b6103fc6107ca366004612ad2565b6119f7565b61038f611aff565b5f6107e182611b0b565b806107f057506107f082611b60565b92915050565b60605f805461080490612e93565b80601f016020809104026020016040519081016040528092919081815260200182805461083090612e93565b801561087b5780601f106108525761010080835404028352916020019161087b565b820191905f5260205f20905b81548152906001019060200180831161085e57829003601f168201915b5050505050905090565b5f61088f82611bb5565b505f828152600460205260409020546001600160a01b03166107f0565b6040517f60a262a5000000000000000000000000000000000000000000000000000000008152600481018290526024015b60405180910390fd5b5f60075f6108f585855f611657565b815260208101919091526040015f20547e01000000000000000000000000000000000000000000000000000000000000900461ffff16905092915050565b5f5f6109418686868661132b565b509695505050505050565b5f818152600260205260409020546001600160a01b03168061099d576040517fd66089fb000000000000000000000000000000000000000000000000000000008152600481018390526024016108dd565b5f6109a6611c06565b90506109b28282611c14565b5f83815260076020526040902080547d010000000000000000000000000000000000000000000000000000000000900460ff1615610a1f576040517fe80455f5000000000000000000000000000000000000000000000000000000008152600481018590526024016108dd565b80547fffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167d01000000000000000000000000000000000000000000000000000000000017808255429065ffffffffffff77010000000000000000000000000000000000000000000000909104161580610abe5750815465ffffffffffff8083167701000000000000000000000000000000000000000000000090920416115b15610b0e5781547fffffff000000000000ffffffffffffffffffffffffffffffffffffffffffffff167701000000000000000000000000000000000000000000000065ffffffffffff8316021782555b81546040805165ffffffffffff841681526001600160a01b0386811660208301529283169287169188917fdab9191de5ed78cbee867e09af3691f6344211e26560f345d16a07bb398d2134910160405180910390a45050505050565b6001600160a01b038216610bac576040517f64a0ae920000000000000000000000000000000000000000000000000000000081525f60048201526024016108dd565b5f610bbf8383610bba611c06565b611cd6565b9050836001600160a01b0316816001600160a01b031614610c26576040517f64283d7b0000000000000000000000000000000000000000000000000000000081526001600160a01b03808616600483015260248201849052821660448201526064016108dd565b50505050565b5f82815260066020526040902060010154610c4681611d3e565b610c268383611d52565b610c58611c06565b6001600160a01b0316816001600160a01b031614610ca2576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610cac8282611e1c565b505050565b5f5f610cbb611c06565b9050610cc78882611c14565b6001600160a01b038716610d12576040517f042ab5da0000000000000000000000000000000000000000000000000000000081526001600160a01b03881660048201526024016108dd565b61ffff86161580610d365750610d2b6001610400612f11565b19861661ffff165f14155b15610d73576040517f83ec8b9900000000000000000000000000000000000000000000000000000000815261ffff871660048201526024016108dd565b60ff85161580610d945750610d8a60016020612f11565b19851660ff165f14155b15610dd0576040517f5f7856c900000000000000000000000000000000000000000000000000000000815260ff861660048201526024016108dd565b65ffffffffffff841615801590610def5750428465ffffffffffff1611155b15610e30576040517f71944efe00000000000000000000000000000000000000000000000000000000815265ffffffffffff851660048201526024016108dd565b5f610e3c89895f611657565b5f818152600760205260409020549091507e01000000000000000000000000000000000000000000000000000000000000900461ffff167fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff008101610edf576040517f3053041f0000000000000000000000000000000000000000000000000000000081526001600160a01b03808c1660048301528a1660248201526044016108dd565b8061ffff165f036110c4576040805160c0810182526001600160a01b03808c16825261ffff808c16602080850191825260ff808e1686880190815265ffffffffffff808f16606089019081525f60808a01818152600160a08c019081528e835260079097529a9020985189549651935191519a51955188167e01000000000000000000000000000000000000000000000000000000000000027dffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff9615157d01000000000000000000000000000000000000000000000000000000000002969096167cffffffffffffffffffffffffffffffffffffffffffffffffffffffffff9b90931677010000000000000000000000000000000000000000000000027fffffff000000000000ffffffffffffffffffffffffffffffffffffffffffffff9290951676010000000000000000000000000000000000000000000002919091167fffffff00000000000000ffffffffffffffffffffffffffffffffffffffffffff9390971674010000000000000000000000000000000000000000027fffffffffffffffffffff000000000000000000000000000000000000000000009096169716969096179390931792909216929092171793909316179190911790559092508290611274565b6110cf8a8a83611657565b93506040518060c001604052808a6001600160a01b031681526020018961ffff1681526020018860ff1681526020018765ffffffffffff1681526020015f151581526020015f61ffff1681525060075f8681526020019081526020015f205f820151815f015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506020820151815f0160146101000a81548161ffff021916908361ffff1602179055506040820151815f0160166101000a81548160ff021916908360ff1602179055506060820151815f0160176101000a81548165ffffffffffff021916908365ffffffffffff1602179055506080820151815f01601d6101000a81548160ff02191690831515021790555060a0820151815f01601e6101000a81548161ffff021916908361ffff1602179055509050508060016112149190612f24565b5f838152600760205260409020805461ffff929092167e01000000000000000000000000000000000000000000000000000000000000027dffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff9092169190911790555b61127e8a85611edd565b6040518481527f032bc66be43dbccb7487781d168eb7bda224628a3b2c3388bdf69b532a3a16119060200160405180910390a16040805161ffff8a16815260ff8916602082015265ffffffffffff881681830152606081018790526001600160a01b03858116608083015291518b8316928d169187917f81b43788606d9ead33bbb4886f852327042ad1da82d41eaf085b304117ced64b9181900360a00190a45050509695505050505050565b5f80600a60ff85161015806113445750600560ff841610155b1561135357505f9050806114ef565b5f61135f87875f611657565b5f818152600760205260409020549091507e01000000000000000000000000000000000000000000000000000000000000900461ffff16805b61ffff8116156114e5575f8161ffff166001146113c4576113bf8a8a610638600186612f3e565b6113c6565b835b5f8181526007602052604090208054919250907d010000000000000000000000000000000000000000000000000000000000900460ff161580156114595750805477010000000000000000000000000000000000000000000000900465ffffffffffff1615806114595750805477010000000000000000000000000000000000000000000000900465ffffffffffff1642105b801561148a5750805474010000000000000000000000000000000000000000900461ffff1660ff8a161c6001908116145b80156114bd57508054600176010000000000000000000000000000000000000000000090910460ff908116908a161c8116145b156114d257506001955093506114ef92505050565b5050806114de90612f58565b9050611398565b505f5f9350935050505b94509492505050565b610cac83838360405180602001604052805f815250611801565b5f6107f082611bb5565b5f6001600160a01b03821661155f576040517f89c62b640000000000000000000000000000000000000000000000000000000081525f60048201526024016108dd565b506001600160a01b03165f9081526003602052604090205490565b5f611583611c06565b6001600160a01b0381165f9081526008602052604090209091506115a79083611f70565b6115f0576040517f925f444b0000000000000000000000000000000000000000000000000000000081526001600160a01b038083166004830152831660248201526044016108dd565b816001600160a01b0316816001600160a01b03167fee943cdb81826d5909c559c6b1ae6908fcaf2dbc16c4b730346736b486283e8b60405160405180910390a35050565b6001600160a01b0381165f9081526008602052604090206060906107f090611f84565b6040517fffffffffffffffffffffffffffffffffffffffff000000000000000000000000606085811b8216602084015284901b1660348201527fffff00000000000000000000000000000000000000000000000000000000000060f083901b1660488201525f90604a01604051602081830303815290604052805190602001205f1c90505b9392505050565b60606001805461080490612e93565b5f5f5f5f5f5f61170187611bb5565b5f978852600760205260409097205496976001600160a01b0388169761ffff74010000000000000000000000000000000000000000820416975060ff76010000000000000000000000000000000000000000000082048116975065ffffffffffff7701000000000000000000000000000000000000000000000083041696507d010000000000000000000000000000000000000000000000000000000000909104169350915050565b6040517f60a262a50000000000000000000000000000000000000000000000000000000081525f60048201526024016108dd565b6117eb6001610400612f11565b81565b5f6117f882611bb5565b50600192915050565b61180c848484610b6a565b610c26611817611c06565b85858585611f90565b606061182b82611bb5565b505f61184160408051602081019091525f815290565b90505f81511161185f5760405180602001604052805f8152506116dc565b8061186984612152565b60405160200161187a929190612faa565b6040516020818303038152906040529392505050565b6001600160a01b0382165f9081526008602052604081206116dc908361220e565b5f828152600660205260409020600101546118cb81611d3e565b610c268383611e1c565b5f6118de611c06565b90506001600160a01b03821615806119075750806001600160a01b0316826001600160a01b0316145b15611949576040517ff38d406d0000000000000000000000000000000000000000000000000000000081526001600160a01b03831660048201526024016108dd565b6001600160a01b0381165f90815260086020526040902061196a908361222f565b6119b3576040517f386903270000000000000000000000000000000000000000000000000000000081526001600160a01b038083166004830152831660248201526044016108dd565b816001600160a01b0316816001600160a01b03167f17e03d8f17dbbb29cbe3ca046daaf8da75c4c584463e7388fb3afb00b921f46260405160405180910390a35050565b7fbf233dd2aafeb4d50879c4aa5c81e96d92f6e6945c906a58f9f2d1c1631b4b26611a2181611d3e565b6001600160a01b038316611a6c576040517f392a50d50000000000000000000000000000000000000000000000000000000081526001600160a01b03841660048201526024016108dd565b81611aa3576040517fb56dc2fa00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b611aab611c06565b6040805184815265ffffffffffff421660208201526001600160a01b03928316928616917fe853b0be0c32f3833c13d4fe2d0ce876d2a805860cb61b81be1d0703b1ec8a60910160405180910390a3505050565b6117eb60016020612f11565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167fb45a3c0e0000000000000000000000000000000000000000000000000000000014806107f057506107f082612243565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b0000000000000000000000000000000000000000000000000000000014806107f057506107f082611b0b565b5f818152600260205260408120546001600160a01b0316806107f0576040517f7e273289000000000000000000000000000000000000000000000000000000008152600481018490526024016108dd565b5f611c0f612325565b905090565b6001600160a01b038216611c5f576040517f392a50d50000000000000000000000000000000000000000000000000000000081526001600160a01b03831660048201526024016108dd565b816001600160a01b0316816001600160a01b031614158015611c885750611c868282611890565b155b15611cd2576040517f315f9f760000000000000000000000000000000000000000000000000000000081526001600160a01b038084166004830152821660248201526044016108dd565b5050565b5f611ce284848461238f565b90506001600160a01b03811615801590611d0457506001600160a01b03841615155b156116dc576040517f60a262a5000000000000000000000000000000000000000000000000000000008152600481018490526024016108dd565b611d4f81611d4a611c06565b6124b8565b50565b5f8281526006602090815260408083206001600160a01b038516845290915281205460ff16611e15575f8381526006602090815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055611dcd611c06565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016107f0565b505f6107f0565b5f8281526006602090815260408083206001600160a01b038516845290915281205460ff1615611e15575f8381526006602090815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00169055611e95611c06565b6001600160a01b0316826001600160a01b0316847ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b60405160405180910390a45060016107f0565b6001600160a01b038216611f1f576040517f64a0ae920000000000000000000000000000000000000000000000000000000081525f60048201526024016108dd565b5f611f2b83835f611cd6565b90506001600160a01b03811615610cac576040517f73c6ac6e0000000000000000000000000000000000000000000000000000000081525f60048201526024016108dd565b5f6116dc836001600160a01b038416612525565b60605f6116dc8361260f565b6001600160a01b0383163b1561214b576040517f150b7a020000000000000000000000000000000000000000000000000000000081526001600160a01b0384169063150b7a0290611feb908890889087908790600401612fbe565b6020604051808303815f875af1925050508015612043575060408051601f3d9081017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016820190925261204091810190612ffe565b60015b6120c3573d808015612070576040519150601f19603f3d011682016040523d82523d5f602084013e612075565b606091505b5080515f036120bb576040517f64a0ae920000000000000000000000000000000000000000000000000000000081526001600160a01b03851660048201526024016108dd565b805160208201fd5b7fffffffff0000000000000000000000000000000000000000000000000000000081167f150b7a020000000000000000000000000000000000000000000000000000000014612149576040517f64a0ae920000000000000000000000000000000000000000000000000000000081526001600160a01b03851660048201526024016108dd565b505b5050505050565b60605f61215e83612668565b60010190505f8167ffffffffffffffff81111561217d5761217d612d4c565b6040519080825280601f01601f1916602001820160405280156121a7576020820181803683370190505b5090508181016020015b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff017f3031323334353637383961626364656600000000000000000000000000000000600a86061a8153600a85049450846121b157509392505050565b6001600160a01b0381165f90815260018301602052604081205415156116dc565b5f6116dc836001600160a01b038416612749565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f80ac58cd0000000000000000000000000000000000000000000000000000000014806122d557507fffffffff0000000000000000000000000000000000000000000000000000000082167f5b5e139f00000000000000000000000000000000000000000000000000000000145b806107f057507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316146107f0565b5f36601480821080159061236157507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633145b156123875761237436828403815f613019565b61237d91613040565b60601c9250505090565b339250505090565b5f828152600260205260408120546001600160a01b03908116908316156123bb576123bb81848661278e565b6001600160a01b03811615612414576123d65f855f5f612824565b6001600160a01b0381165f90815260036020526040902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0190555b6001600160a01b03851615612442576001600160a01b0385165f908152600360205260409020805460010190555b5f8481526002602052604080822080547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0389811691821790925591518793918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a4949350505050565b5f8281526006602090815260408083206001600160a01b038516845290915290205460ff16611cd2576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602481018390526044016108dd565b5f81815260018301602052604081205480156125ff575f612547600183612f11565b85549091505f9061255a90600190612f11565b90508082146125b9575f865f018281548110612578576125786130a5565b905f5260205f200154905080875f018481548110612598576125986130a5565b5f918252602080832090910192909255918252600188019052604090208390555b85548690806125ca576125ca6130d2565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f9055600193505050506107f0565b5f9150506107f0565b5092915050565b6060815f0180548060200260200160405190810160405280929190818152602001828054801561265c57602002820191905f5260205f20905b815481526020019060010190808311612648575b50505050509050919050565b5f807a184f03e93ff9f4daa797ed6e38ed64bf6a1f01000000000000000083106126b0577a184f03e93ff9f4daa797ed6e38ed64bf6a1f010000000000000000830492506040015b6d04ee2d6d415b85acef810000000083106126dc576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc1000083106126fa57662386f26fc10000830492506010015b6305f5e1008310612712576305f5e100830492506008015b612710831061272657612710830492506004015b60648310612738576064830492506002015b600a83106107f05760010192915050565b5f818152600183016020526040812054611e1557508154600181810184555f8481526020808220909301849055845484825282860190935260409020919091556107f0565b612799838383612977565b610cac576001600160a01b0383166127e0576040517f7e273289000000000000000000000000000000000000000000000000000000008152600481018290526024016108dd565b6040517f177e802f0000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602481018290526044016108dd565b808061283857506001600160a01b03821615155b15612930575f61284784611bb5565b90506001600160a01b038316158015906128735750826001600160a01b0316816001600160a01b031614155b80156128a457506001600160a01b038082165f9081526005602090815260408083209387168352929052205460ff16155b156128e6576040517fa9fbf51f0000000000000000000000000000000000000000000000000000000081526001600160a01b03841660048201526024016108dd565b811561292e5783856001600160a01b0316826001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b50505f90815260046020526040902080547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0392909216919091179055565b5f6001600160a01b038316158015906129f25750826001600160a01b0316846001600160a01b031614806129cf57506001600160a01b038085165f9081526005602090815260408083209387168352929052205460ff165b806129f257505f828152600460205260409020546001600160a01b038481169116145b949350505050565b7fffffffff0000000000000000000000000000000000000000000000000000000081168114611d4f575f5ffd5b5f60208284031215612a37575f5ffd5b81356116dc816129fa565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b602081525f6116dc6020830184612a42565b5f60208284031215612ab0575f5ffd5b5035919050565b80356001600160a01b0381168114612acd575f5ffd5b919050565b5f5f60408385031215612ae3575f5ffd5b612aec83612ab7565b946020939093013593505050565b5f5f60408385031215612b0b575f5ffd5b612b1483612ab7565b9150612b2260208401612ab7565b90509250929050565b803560ff81168114612acd575f5ffd5b5f5f5f5f60808587031215612b4e575f5ffd5b612b5785612ab7565b9350612b6560208601612ab7565b9250612b7360408601612b2b565b9150612b8160608601612b2b565b905092959194509250565b5f5f5f60608486031215612b9e575f5ffd5b612ba784612ab7565b9250612bb560208501612ab7565b929592945050506040919091013590565b5f5f60408385031215612bd7575f5ffd5b82359150612b2260208401612ab7565b803561ffff81168114612acd575f5ffd5b5f5f5f5f5f5f60c08789031215612c0d575f5ffd5b612c1687612ab7565b9550612c2460208801612ab7565b9450612c3260408801612be7565b9350612c4060608801612b2b565b9250608087013565ffffffffffff81168114612c5a575f5ffd5b9598949750929591949360a090920135925050565b5f60208284031215612c7f575f5ffd5b6116dc82612ab7565b602080825282518282018190525f918401906040840190835b81811015612cc85783516001600160a01b0316835260209384019390920191600101612ca1565b509095945050505050565b5f5f5f60608486031215612ce5575f5ffd5b612cee84612ab7565b9250612cfc60208501612ab7565b9150612d0a60408501612be7565b90509250925092565b5f5f60408385031215612d24575f5ffd5b612d2d83612ab7565b915060208301358015158114612d41575f5ffd5b809150509250929050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b5f5f5f5f60808587031215612d8c575f5ffd5b612d9585612ab7565b9350612da360208601612ab7565b925060408501359150606085013567ffffffffffffffff811115612dc5575f5ffd5b8501601f81018713612dd5575f5ffd5b803567ffffffffffffffff811115612def57612def612d4c565b6040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0603f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f8501160116810181811067ffffffffffffffff82111715612e5b57612e5b612d4c565b604052818152828201602001891015612e72575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b600181811c90821680612ea757607f821691505b602082108103612ede577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b818103818111156107f0576107f0612ee4565b61ffff81811683821601908111156107f0576107f0612ee4565b61ffff82811682821603908111156107f0576107f0612ee4565b5f61ffff821680612f6b57612f6b612ee4565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0192915050565b5f81518060208401855e5f93019283525090919050565b5f6129f2612fb88386612f93565b84612f93565b6001600160a01b03851681526001600160a01b0384166020820152826040820152608060608201525f612ff46080830184612a42565b9695505050505050565b5f6020828403121561300e575f5ffd5b81516116dc816129fa565b5f5f85851115613027575f5ffd5b83861115613033575f5ffd5b5050820193919092039150565b80357fffffffffffffffffffffffffffffffffffffffff0000000000000000000000008116906014841015612608577fffffffffffffffffffffffffffffffffffffffff000000000000000000000000808560140360031b1b82161691505092915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603160045260245ffd",
}

// ConsentRegistryABI is the input ABI used to generate the binding from.
// Deprecated: Use ConsentRegistryMetaData.ABI instead.
var ConsentRegistryABI = ConsentRegistryMetaData.ABI

// ConsentRegistryBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ConsentRegistryMetaData.Bin instead.
var ConsentRegistryBin = ConsentRegistryMetaData.Bin

// DeployConsentRegistry deploys a new Ethereum contract, binding an instance of ConsentRegistry to it.
func DeployConsentRegistry(auth *bind.TransactOpts, backend bind.ContractBackend, trustedForwarder common.Address, admin common.Address, emergencyResponders []common.Address) (common.Address, *types.Transaction, *ConsentRegistry, error) {
	parsed, err := ConsentRegistryMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ConsentRegistryBin), backend, trustedForwarder, admin, emergencyResponders)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ConsentRegistry{ConsentRegistryCaller: ConsentRegistryCaller{contract: contract}, ConsentRegistryTransactor: ConsentRegistryTransactor{contract: contract}, ConsentRegistryFilterer: ConsentRegistryFilterer{contract: contract}}, nil
}

// ConsentRegistry is an auto generated Go binding around an Ethereum contract.
type ConsentRegistry struct {
	ConsentRegistryCaller     // Read-only binding to the contract
	ConsentRegistryTransactor // Write-only binding to the contract
	ConsentRegistryFilterer   // Log filterer for contract events
}

// ConsentRegistryCaller is an auto generated read-only Go binding around an Ethereum contract.
type ConsentRegistryCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ConsentRegistryTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ConsentRegistryTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ConsentRegistryFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ConsentRegistryFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ConsentRegistrySession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ConsentRegistrySession struct {
	Contract     *ConsentRegistry  // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// ConsentRegistryCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ConsentRegistryCallerSession struct {
	Contract *ConsentRegistryCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts          // Call options to use throughout this session
}

// ConsentRegistryTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ConsentRegistryTransactorSession struct {
	Contract     *ConsentRegistryTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts          // Transaction auth options to use throughout this session
}

// ConsentRegistryRaw is an auto generated low-level Go binding around an Ethereum contract.
type ConsentRegistryRaw struct {
	Contract *ConsentRegistry // Generic contract binding to access the raw methods on
}

// ConsentRegistryCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ConsentRegistryCallerRaw struct {
	Contract *ConsentRegistryCaller // Generic read-only contract binding to access the raw methods on
}

// ConsentRegistryTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ConsentRegistryTransactorRaw struct {
	Contract *ConsentRegistryTransactor // Generic write-only contract binding to access the raw methods on
}

// NewConsentRegistry creates a new instance of ConsentRegistry, bound to a specific deployed contract.
func NewConsentRegistry(address common.Address, backend bind.ContractBackend) (*ConsentRegistry, error) {
	contract, err := bindConsentRegistry(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ConsentRegistry{ConsentRegistryCaller: ConsentRegistryCaller{contract: contract}, ConsentRegistryTransactor: ConsentRegistryTransactor{contract: contract}, ConsentRegistryFilterer: ConsentRegistryFilterer{contract: contract}}, nil
}

// NewConsentRegistryCaller creates a new read-only instance of ConsentRegistry, bound to a specific deployed contract.
func NewConsentRegistryCaller(address common.Address, caller bind.ContractCaller) (*ConsentRegistryCaller, error) {
	contract, err := bindConsentRegistry(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryCaller{contract: contract}, nil
}

// NewConsentRegistryTransactor creates a new write-only instance of ConsentRegistry, bound to a specific deployed contract.
func NewConsentRegistryTransactor(address common.Address, transactor bind.ContractTransactor) (*ConsentRegistryTransactor, error) {
	contract, err := bindConsentRegistry(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryTransactor{contract: contract}, nil
}

// NewConsentRegistryFilterer creates a new log filterer instance of ConsentRegistry, bound to a specific deployed contract.
func NewConsentRegistryFilterer(address common.Address, filterer bind.ContractFilterer) (*ConsentRegistryFilterer, error) {
	contract, err := bindConsentRegistry(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryFilterer{contract: contract}, nil
}

// bindConsentRegistry binds a generic wrapper to an already deployed contract.
func bindConsentRegistry(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ConsentRegistryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ConsentRegistry *ConsentRegistryRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ConsentRegistry.Contract.ConsentRegistryCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ConsentRegistry *ConsentRegistryRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.ConsentRegistryTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ConsentRegistry *ConsentRegistryRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.ConsentRegistryTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ConsentRegistry *ConsentRegistryCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ConsentRegistry.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ConsentRegistry *ConsentRegistryTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ConsentRegistry *ConsentRegistryTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.contract.Transact(opts, method, params...)
}

// ACTIONACCESS is a free data retrieval call binding the contract method 0x27771385.
//
// Solidity: function ACTION_ACCESS() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCaller) ACTIONACCESS(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "ACTION_ACCESS")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// ACTIONACCESS is a free data retrieval call binding the contract method 0x27771385.
//
// Solidity: function ACTION_ACCESS() view returns(uint8)
func (_ConsentRegistry *ConsentRegistrySession) ACTIONACCESS() (uint8, error) {
	return _ConsentRegistry.Contract.ACTIONACCESS(&_ConsentRegistry.CallOpts)
}

// ACTIONACCESS is a free data retrieval call binding the contract method 0x27771385.
//
// Solidity: function ACTION_ACCESS() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCallerSession) ACTIONACCESS() (uint8, error) {
	return _ConsentRegistry.Contract.ACTIONACCESS(&_ConsentRegistry.CallOpts)
}

// ACTIONCOLLECT is a free data retrieval call binding the contract method 0x037ed2a4.
//
// Solidity: function ACTION_COLLECT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCaller) ACTIONCOLLECT(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "ACTION_COLLECT")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// ACTIONCOLLECT is a free data retrieval call binding the contract method 0x037ed2a4.
//
// Solidity: function ACTION_COLLECT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistrySession) ACTIONCOLLECT() (uint8, error) {
	return _ConsentRegistry.Contract.ACTIONCOLLECT(&_ConsentRegistry.CallOpts)
}

// ACTIONCOLLECT is a free data retrieval call binding the contract method 0x037ed2a4.
//
// Solidity: function ACTION_COLLECT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCallerSession) ACTIONCOLLECT() (uint8, error) {
	return _ConsentRegistry.Contract.ACTIONCOLLECT(&_ConsentRegistry.CallOpts)
}

// ACTIONCORRECT is a free data retrieval call binding the contract method 0xec1ce32f.
//
// Solidity: function ACTION_CORRECT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCaller) ACTIONCORRECT(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "ACTION_CORRECT")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// ACTIONCORRECT is a free data retrieval call binding the contract method 0xec1ce32f.
//
// Solidity: function ACTION_CORRECT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistrySession) ACTIONCORRECT() (uint8, error) {
	return _ConsentRegistry.Contract.ACTIONCORRECT(&_ConsentRegistry.CallOpts)
}

// ACTIONCORRECT is a free data retrieval call binding the contract method 0xec1ce32f.
//
// Solidity: function ACTION_CORRECT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCallerSession) ACTIONCORRECT() (uint8, error) {
	return _ConsentRegistry.Contract.ACTIONCORRECT(&_ConsentRegistry.CallOpts)
}

// ACTIONCOUNT is a free data retrieval call binding the contract method 0x5d419257.
//
// Solidity: function ACTION_COUNT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCaller) ACTIONCOUNT(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "ACTION_COUNT")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// ACTIONCOUNT is a free data retrieval call binding the contract method 0x5d419257.
//
// Solidity: function ACTION_COUNT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistrySession) ACTIONCOUNT() (uint8, error) {
	return _ConsentRegistry.Contract.ACTIONCOUNT(&_ConsentRegistry.CallOpts)
}

// ACTIONCOUNT is a free data retrieval call binding the contract method 0x5d419257.
//
// Solidity: function ACTION_COUNT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCallerSession) ACTIONCOUNT() (uint8, error) {
	return _ConsentRegistry.Contract.ACTIONCOUNT(&_ConsentRegistry.CallOpts)
}

// ACTIONDISCLOSE is a free data retrieval call binding the contract method 0x05d437ad.
//
// Solidity: function ACTION_DISCLOSE() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCaller) ACTIONDISCLOSE(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "ACTION_DISCLOSE")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// ACTIONDISCLOSE is a free data retrieval call binding the contract method 0x05d437ad.
//
// Solidity: function ACTION_DISCLOSE() view returns(uint8)
func (_ConsentRegistry *ConsentRegistrySession) ACTIONDISCLOSE() (uint8, error) {
	return _ConsentRegistry.Contract.ACTIONDISCLOSE(&_ConsentRegistry.CallOpts)
}

// ACTIONDISCLOSE is a free data retrieval call binding the contract method 0x05d437ad.
//
// Solidity: function ACTION_DISCLOSE() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCallerSession) ACTIONDISCLOSE() (uint8, error) {
	return _ConsentRegistry.Contract.ACTIONDISCLOSE(&_ConsentRegistry.CallOpts)
}

// ACTIONUSE is a free data retrieval call binding the contract method 0xe7d0f187.
//
// Solidity: function ACTION_USE() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCaller) ACTIONUSE(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "ACTION_USE")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// ACTIONUSE is a free data retrieval call binding the contract method 0xe7d0f187.
//
// Solidity: function ACTION_USE() view returns(uint8)
func (_ConsentRegistry *ConsentRegistrySession) ACTIONUSE() (uint8, error) {
	return _ConsentRegistry.Contract.ACTIONUSE(&_ConsentRegistry.CallOpts)
}

// ACTIONUSE is a free data retrieval call binding the contract method 0xe7d0f187.
//
// Solidity: function ACTION_USE() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCallerSession) ACTIONUSE() (uint8, error) {
	return _ConsentRegistry.Contract.ACTIONUSE(&_ConsentRegistry.CallOpts)
}

// ALLACTIONS is a free data retrieval call binding the contract method 0xecd2722a.
//
// Solidity: function ALL_ACTIONS() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCaller) ALLACTIONS(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "ALL_ACTIONS")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// ALLACTIONS is a free data retrieval call binding the contract method 0xecd2722a.
//
// Solidity: function ALL_ACTIONS() view returns(uint8)
func (_ConsentRegistry *ConsentRegistrySession) ALLACTIONS() (uint8, error) {
	return _ConsentRegistry.Contract.ALLACTIONS(&_ConsentRegistry.CallOpts)
}

// ALLACTIONS is a free data retrieval call binding the contract method 0xecd2722a.
//
// Solidity: function ALL_ACTIONS() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCallerSession) ALLACTIONS() (uint8, error) {
	return _ConsentRegistry.Contract.ALLACTIONS(&_ConsentRegistry.CallOpts)
}

// ALLPURPOSES is a free data retrieval call binding the contract method 0xab94e023.
//
// Solidity: function ALL_PURPOSES() view returns(uint16)
func (_ConsentRegistry *ConsentRegistryCaller) ALLPURPOSES(opts *bind.CallOpts) (uint16, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "ALL_PURPOSES")

	if err != nil {
		return *new(uint16), err
	}

	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)

	return out0, err

}

// ALLPURPOSES is a free data retrieval call binding the contract method 0xab94e023.
//
// Solidity: function ALL_PURPOSES() view returns(uint16)
func (_ConsentRegistry *ConsentRegistrySession) ALLPURPOSES() (uint16, error) {
	return _ConsentRegistry.Contract.ALLPURPOSES(&_ConsentRegistry.CallOpts)
}

// ALLPURPOSES is a free data retrieval call binding the contract method 0xab94e023.
//
// Solidity: function ALL_PURPOSES() view returns(uint16)
func (_ConsentRegistry *ConsentRegistryCallerSession) ALLPURPOSES() (uint16, error) {
	return _ConsentRegistry.Contract.ALLPURPOSES(&_ConsentRegistry.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_ConsentRegistry *ConsentRegistryCaller) DEFAULTADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "DEFAULT_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_ConsentRegistry *ConsentRegistrySession) DEFAULTADMINROLE() ([32]byte, error) {
	return _ConsentRegistry.Contract.DEFAULTADMINROLE(&_ConsentRegistry.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_ConsentRegistry *ConsentRegistryCallerSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _ConsentRegistry.Contract.DEFAULTADMINROLE(&_ConsentRegistry.CallOpts)
}

// EMERGENCYROLE is a free data retrieval call binding the contract method 0x20df4359.
//
// Solidity: function EMERGENCY_ROLE() view returns(bytes32)
func (_ConsentRegistry *ConsentRegistryCaller) EMERGENCYROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "EMERGENCY_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// EMERGENCYROLE is a free data retrieval call binding the contract method 0x20df4359.
//
// Solidity: function EMERGENCY_ROLE() view returns(bytes32)
func (_ConsentRegistry *ConsentRegistrySession) EMERGENCYROLE() ([32]byte, error) {
	return _ConsentRegistry.Contract.EMERGENCYROLE(&_ConsentRegistry.CallOpts)
}

// EMERGENCYROLE is a free data retrieval call binding the contract method 0x20df4359.
//
// Solidity: function EMERGENCY_ROLE() view returns(bytes32)
func (_ConsentRegistry *ConsentRegistryCallerSession) EMERGENCYROLE() ([32]byte, error) {
	return _ConsentRegistry.Contract.EMERGENCYROLE(&_ConsentRegistry.CallOpts)
}

// MAXCONSENTSPERGRANTEE is a free data retrieval call binding the contract method 0x81c979ae.
//
// Solidity: function MAX_CONSENTS_PER_GRANTEE() view returns(uint16)
func (_ConsentRegistry *ConsentRegistryCaller) MAXCONSENTSPERGRANTEE(opts *bind.CallOpts) (uint16, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "MAX_CONSENTS_PER_GRANTEE")

	if err != nil {
		return *new(uint16), err
	}

	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)

	return out0, err

}

// MAXCONSENTSPERGRANTEE is a free data retrieval call binding the contract method 0x81c979ae.
//
// Solidity: function MAX_CONSENTS_PER_GRANTEE() view returns(uint16)
func (_ConsentRegistry *ConsentRegistrySession) MAXCONSENTSPERGRANTEE() (uint16, error) {
	return _ConsentRegistry.Contract.MAXCONSENTSPERGRANTEE(&_ConsentRegistry.CallOpts)
}

// MAXCONSENTSPERGRANTEE is a free data retrieval call binding the contract method 0x81c979ae.
//
// Solidity: function MAX_CONSENTS_PER_GRANTEE() view returns(uint16)
func (_ConsentRegistry *ConsentRegistryCallerSession) MAXCONSENTSPERGRANTEE() (uint16, error) {
	return _ConsentRegistry.Contract.MAXCONSENTSPERGRANTEE(&_ConsentRegistry.CallOpts)
}

// PURPOSECAREMGT is a free data retrieval call binding the contract method 0x6dd7f5d7.
//
// Solidity: function PURPOSE_CAREMGT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCaller) PURPOSECAREMGT(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "PURPOSE_CAREMGT")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// PURPOSECAREMGT is a free data retrieval call binding the contract method 0x6dd7f5d7.
//
// Solidity: function PURPOSE_CAREMGT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistrySession) PURPOSECAREMGT() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSECAREMGT(&_ConsentRegistry.CallOpts)
}

// PURPOSECAREMGT is a free data retrieval call binding the contract method 0x6dd7f5d7.
//
// Solidity: function PURPOSE_CAREMGT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCallerSession) PURPOSECAREMGT() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSECAREMGT(&_ConsentRegistry.CallOpts)
}

// PURPOSECLINTRL is a free data retrieval call binding the contract method 0x80efca6e.
//
// Solidity: function PURPOSE_CLINTRL() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCaller) PURPOSECLINTRL(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "PURPOSE_CLINTRL")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// PURPOSECLINTRL is a free data retrieval call binding the contract method 0x80efca6e.
//
// Solidity: function PURPOSE_CLINTRL() view returns(uint8)
func (_ConsentRegistry *ConsentRegistrySession) PURPOSECLINTRL() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSECLINTRL(&_ConsentRegistry.CallOpts)
}

// PURPOSECLINTRL is a free data retrieval call binding the contract method 0x80efca6e.
//
// Solidity: function PURPOSE_CLINTRL() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCallerSession) PURPOSECLINTRL() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSECLINTRL(&_ConsentRegistry.CallOpts)
}

// PURPOSECOUNT is a free data retrieval call binding the contract method 0xbb1ee61c.
//
// Solidity: function PURPOSE_COUNT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCaller) PURPOSECOUNT(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "PURPOSE_COUNT")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// PURPOSECOUNT is a free data retrieval call binding the contract method 0xbb1ee61c.
//
// Solidity: function PURPOSE_COUNT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistrySession) PURPOSECOUNT() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSECOUNT(&_ConsentRegistry.CallOpts)
}

// PURPOSECOUNT is a free data retrieval call binding the contract method 0xbb1ee61c.
//
// Solidity: function PURPOSE_COUNT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCallerSession) PURPOSECOUNT() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSECOUNT(&_ConsentRegistry.CallOpts)
}

// PURPOSEETREAT is a free data retrieval call binding the contract method 0xfaf8c2f5.
//
// Solidity: function PURPOSE_ETREAT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCaller) PURPOSEETREAT(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "PURPOSE_ETREAT")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// PURPOSEETREAT is a free data retrieval call binding the contract method 0xfaf8c2f5.
//
// Solidity: function PURPOSE_ETREAT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistrySession) PURPOSEETREAT() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSEETREAT(&_ConsentRegistry.CallOpts)
}

// PURPOSEETREAT is a free data retrieval call binding the contract method 0xfaf8c2f5.
//
// Solidity: function PURPOSE_ETREAT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCallerSession) PURPOSEETREAT() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSEETREAT(&_ConsentRegistry.CallOpts)
}

// PURPOSEHOPERAT is a free data retrieval call binding the contract method 0xc30625c0.
//
// Solidity: function PURPOSE_HOPERAT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCaller) PURPOSEHOPERAT(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "PURPOSE_HOPERAT")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// PURPOSEHOPERAT is a free data retrieval call binding the contract method 0xc30625c0.
//
// Solidity: function PURPOSE_HOPERAT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistrySession) PURPOSEHOPERAT() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSEHOPERAT(&_ConsentRegistry.CallOpts)
}

// PURPOSEHOPERAT is a free data retrieval call binding the contract method 0xc30625c0.
//
// Solidity: function PURPOSE_HOPERAT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCallerSession) PURPOSEHOPERAT() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSEHOPERAT(&_ConsentRegistry.CallOpts)
}

// PURPOSEHPAYMT is a free data retrieval call binding the contract method 0x48434d93.
//
// Solidity: function PURPOSE_HPAYMT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCaller) PURPOSEHPAYMT(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "PURPOSE_HPAYMT")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// PURPOSEHPAYMT is a free data retrieval call binding the contract method 0x48434d93.
//
// Solidity: function PURPOSE_HPAYMT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistrySession) PURPOSEHPAYMT() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSEHPAYMT(&_ConsentRegistry.CallOpts)
}

// PURPOSEHPAYMT is a free data retrieval call binding the contract method 0x48434d93.
//
// Solidity: function PURPOSE_HPAYMT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCallerSession) PURPOSEHPAYMT() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSEHPAYMT(&_ConsentRegistry.CallOpts)
}

// PURPOSEHRESCH is a free data retrieval call binding the contract method 0xddbc4782.
//
// Solidity: function PURPOSE_HRESCH() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCaller) PURPOSEHRESCH(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "PURPOSE_HRESCH")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// PURPOSEHRESCH is a free data retrieval call binding the contract method 0xddbc4782.
//
// Solidity: function PURPOSE_HRESCH() view returns(uint8)
func (_ConsentRegistry *ConsentRegistrySession) PURPOSEHRESCH() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSEHRESCH(&_ConsentRegistry.CallOpts)
}

// PURPOSEHRESCH is a free data retrieval call binding the contract method 0xddbc4782.
//
// Solidity: function PURPOSE_HRESCH() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCallerSession) PURPOSEHRESCH() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSEHRESCH(&_ConsentRegistry.CallOpts)
}

// PURPOSEHSYSADMIN is a free data retrieval call binding the contract method 0x7ebb7f08.
//
// Solidity: function PURPOSE_HSYSADMIN() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCaller) PURPOSEHSYSADMIN(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "PURPOSE_HSYSADMIN")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// PURPOSEHSYSADMIN is a free data retrieval call binding the contract method 0x7ebb7f08.
//
// Solidity: function PURPOSE_HSYSADMIN() view returns(uint8)
func (_ConsentRegistry *ConsentRegistrySession) PURPOSEHSYSADMIN() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSEHSYSADMIN(&_ConsentRegistry.CallOpts)
}

// PURPOSEHSYSADMIN is a free data retrieval call binding the contract method 0x7ebb7f08.
//
// Solidity: function PURPOSE_HSYSADMIN() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCallerSession) PURPOSEHSYSADMIN() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSEHSYSADMIN(&_ConsentRegistry.CallOpts)
}

// PURPOSEPATRQT is a free data retrieval call binding the contract method 0x6ec1990b.
//
// Solidity: function PURPOSE_PATRQT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCaller) PURPOSEPATRQT(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "PURPOSE_PATRQT")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// PURPOSEPATRQT is a free data retrieval call binding the contract method 0x6ec1990b.
//
// Solidity: function PURPOSE_PATRQT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistrySession) PURPOSEPATRQT() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSEPATRQT(&_ConsentRegistry.CallOpts)
}

// PURPOSEPATRQT is a free data retrieval call binding the contract method 0x6ec1990b.
//
// Solidity: function PURPOSE_PATRQT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCallerSession) PURPOSEPATRQT() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSEPATRQT(&_ConsentRegistry.CallOpts)
}

// PURPOSEPUBHLTH is a free data retrieval call binding the contract method 0x2fc10cc3.
//
// Solidity: function PURPOSE_PUBHLTH() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCaller) PURPOSEPUBHLTH(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "PURPOSE_PUBHLTH")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// PURPOSEPUBHLTH is a free data retrieval call binding the contract method 0x2fc10cc3.
//
// Solidity: function PURPOSE_PUBHLTH() view returns(uint8)
func (_ConsentRegistry *ConsentRegistrySession) PURPOSEPUBHLTH() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSEPUBHLTH(&_ConsentRegistry.CallOpts)
}

// PURPOSEPUBHLTH is a free data retrieval call binding the contract method 0x2fc10cc3.
//
// Solidity: function PURPOSE_PUBHLTH() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCallerSession) PURPOSEPUBHLTH() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSEPUBHLTH(&_ConsentRegistry.CallOpts)
}

// PURPOSETREAT is a free data retrieval call binding the contract method 0x6c53b63f.
//
// Solidity: function PURPOSE_TREAT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCaller) PURPOSETREAT(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "PURPOSE_TREAT")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// PURPOSETREAT is a free data retrieval call binding the contract method 0x6c53b63f.
//
// Solidity: function PURPOSE_TREAT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistrySession) PURPOSETREAT() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSETREAT(&_ConsentRegistry.CallOpts)
}

// PURPOSETREAT is a free data retrieval call binding the contract method 0x6c53b63f.
//
// Solidity: function PURPOSE_TREAT() view returns(uint8)
func (_ConsentRegistry *ConsentRegistryCallerSession) PURPOSETREAT() (uint8, error) {
	return _ConsentRegistry.Contract.PURPOSETREAT(&_ConsentRegistry.CallOpts)
}

// Approve is a free data retrieval call binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address , uint256 tokenId) pure returns()
func (_ConsentRegistry *ConsentRegistryCaller) Approve(opts *bind.CallOpts, arg0 common.Address, tokenId *big.Int) error {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "approve", arg0, tokenId)

	if err != nil {
		return err
	}

	return err

}

// Approve is a free data retrieval call binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address , uint256 tokenId) pure returns()
func (_ConsentRegistry *ConsentRegistrySession) Approve(arg0 common.Address, tokenId *big.Int) error {
	return _ConsentRegistry.Contract.Approve(&_ConsentRegistry.CallOpts, arg0, tokenId)
}

// Approve is a free data retrieval call binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address , uint256 tokenId) pure returns()
func (_ConsentRegistry *ConsentRegistryCallerSession) Approve(arg0 common.Address, tokenId *big.Int) error {
	return _ConsentRegistry.Contract.Approve(&_ConsentRegistry.CallOpts, arg0, tokenId)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (_ConsentRegistry *ConsentRegistryCaller) BalanceOf(opts *bind.CallOpts, owner common.Address) (*big.Int, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "balanceOf", owner)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (_ConsentRegistry *ConsentRegistrySession) BalanceOf(owner common.Address) (*big.Int, error) {
	return _ConsentRegistry.Contract.BalanceOf(&_ConsentRegistry.CallOpts, owner)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (_ConsentRegistry *ConsentRegistryCallerSession) BalanceOf(owner common.Address) (*big.Int, error) {
	return _ConsentRegistry.Contract.BalanceOf(&_ConsentRegistry.CallOpts, owner)
}

// Consent is a free data retrieval call binding the contract method 0x9eef6ce8.
//
// Solidity: function consent(uint256 consentId) view returns(address patient, address grantee, uint16 purposes, uint8 actions, uint48 validUntil, bool revoked)
func (_ConsentRegistry *ConsentRegistryCaller) Consent(opts *bind.CallOpts, consentId *big.Int) (struct {
	Patient    common.Address
	Grantee    common.Address
	Purposes   uint16
	Actions    uint8
	ValidUntil *big.Int
	Revoked    bool
}, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "consent", consentId)

	outstruct := new(struct {
		Patient    common.Address
		Grantee    common.Address
		Purposes   uint16
		Actions    uint8
		ValidUntil *big.Int
		Revoked    bool
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Patient = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Grantee = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	outstruct.Purposes = *abi.ConvertType(out[2], new(uint16)).(*uint16)
	outstruct.Actions = *abi.ConvertType(out[3], new(uint8)).(*uint8)
	outstruct.ValidUntil = *abi.ConvertType(out[4], new(*big.Int)).(**big.Int)
	outstruct.Revoked = *abi.ConvertType(out[5], new(bool)).(*bool)

	return *outstruct, err

}

// Consent is a free data retrieval call binding the contract method 0x9eef6ce8.
//
// Solidity: function consent(uint256 consentId) view returns(address patient, address grantee, uint16 purposes, uint8 actions, uint48 validUntil, bool revoked)
func (_ConsentRegistry *ConsentRegistrySession) Consent(consentId *big.Int) (struct {
	Patient    common.Address
	Grantee    common.Address
	Purposes   uint16
	Actions    uint8
	ValidUntil *big.Int
	Revoked    bool
}, error) {
	return _ConsentRegistry.Contract.Consent(&_ConsentRegistry.CallOpts, consentId)
}

// Consent is a free data retrieval call binding the contract method 0x9eef6ce8.
//
// Solidity: function consent(uint256 consentId) view returns(address patient, address grantee, uint16 purposes, uint8 actions, uint48 validUntil, bool revoked)
func (_ConsentRegistry *ConsentRegistryCallerSession) Consent(consentId *big.Int) (struct {
	Patient    common.Address
	Grantee    common.Address
	Purposes   uint16
	Actions    uint8
	ValidUntil *big.Int
	Revoked    bool
}, error) {
	return _ConsentRegistry.Contract.Consent(&_ConsentRegistry.CallOpts, consentId)
}

// ConsentCount is a free data retrieval call binding the contract method 0x191a149e.
//
// Solidity: function consentCount(address patient, address grantee) view returns(uint256)
func (_ConsentRegistry *ConsentRegistryCaller) ConsentCount(opts *bind.CallOpts, patient common.Address, grantee common.Address) (*big.Int, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "consentCount", patient, grantee)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ConsentCount is a free data retrieval call binding the contract method 0x191a149e.
//
// Solidity: function consentCount(address patient, address grantee) view returns(uint256)
func (_ConsentRegistry *ConsentRegistrySession) ConsentCount(patient common.Address, grantee common.Address) (*big.Int, error) {
	return _ConsentRegistry.Contract.ConsentCount(&_ConsentRegistry.CallOpts, patient, grantee)
}

// ConsentCount is a free data retrieval call binding the contract method 0x191a149e.
//
// Solidity: function consentCount(address patient, address grantee) view returns(uint256)
func (_ConsentRegistry *ConsentRegistryCallerSession) ConsentCount(patient common.Address, grantee common.Address) (*big.Int, error) {
	return _ConsentRegistry.Contract.ConsentCount(&_ConsentRegistry.CallOpts, patient, grantee)
}

// ConsentIdOf is a free data retrieval call binding the contract method 0x8da63015.
//
// Solidity: function consentIdOf(address patient, address grantee, uint16 index) pure returns(uint256)
func (_ConsentRegistry *ConsentRegistryCaller) ConsentIdOf(opts *bind.CallOpts, patient common.Address, grantee common.Address, index uint16) (*big.Int, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "consentIdOf", patient, grantee, index)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ConsentIdOf is a free data retrieval call binding the contract method 0x8da63015.
//
// Solidity: function consentIdOf(address patient, address grantee, uint16 index) pure returns(uint256)
func (_ConsentRegistry *ConsentRegistrySession) ConsentIdOf(patient common.Address, grantee common.Address, index uint16) (*big.Int, error) {
	return _ConsentRegistry.Contract.ConsentIdOf(&_ConsentRegistry.CallOpts, patient, grantee, index)
}

// ConsentIdOf is a free data retrieval call binding the contract method 0x8da63015.
//
// Solidity: function consentIdOf(address patient, address grantee, uint16 index) pure returns(uint256)
func (_ConsentRegistry *ConsentRegistryCallerSession) ConsentIdOf(patient common.Address, grantee common.Address, index uint16) (*big.Int, error) {
	return _ConsentRegistry.Contract.ConsentIdOf(&_ConsentRegistry.CallOpts, patient, grantee, index)
}

// GetApproved is a free data retrieval call binding the contract method 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (_ConsentRegistry *ConsentRegistryCaller) GetApproved(opts *bind.CallOpts, tokenId *big.Int) (common.Address, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "getApproved", tokenId)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// GetApproved is a free data retrieval call binding the contract method 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (_ConsentRegistry *ConsentRegistrySession) GetApproved(tokenId *big.Int) (common.Address, error) {
	return _ConsentRegistry.Contract.GetApproved(&_ConsentRegistry.CallOpts, tokenId)
}

// GetApproved is a free data retrieval call binding the contract method 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (_ConsentRegistry *ConsentRegistryCallerSession) GetApproved(tokenId *big.Int) (common.Address, error) {
	return _ConsentRegistry.Contract.GetApproved(&_ConsentRegistry.CallOpts, tokenId)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_ConsentRegistry *ConsentRegistryCaller) GetRoleAdmin(opts *bind.CallOpts, role [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "getRoleAdmin", role)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_ConsentRegistry *ConsentRegistrySession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _ConsentRegistry.Contract.GetRoleAdmin(&_ConsentRegistry.CallOpts, role)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_ConsentRegistry *ConsentRegistryCallerSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _ConsentRegistry.Contract.GetRoleAdmin(&_ConsentRegistry.CallOpts, role)
}

// GuardiansOf is a free data retrieval call binding the contract method 0x82a44847.
//
// Solidity: function guardiansOf(address patient) view returns(address[])
func (_ConsentRegistry *ConsentRegistryCaller) GuardiansOf(opts *bind.CallOpts, patient common.Address) ([]common.Address, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "guardiansOf", patient)

	if err != nil {
		return *new([]common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)

	return out0, err

}

// GuardiansOf is a free data retrieval call binding the contract method 0x82a44847.
//
// Solidity: function guardiansOf(address patient) view returns(address[])
func (_ConsentRegistry *ConsentRegistrySession) GuardiansOf(patient common.Address) ([]common.Address, error) {
	return _ConsentRegistry.Contract.GuardiansOf(&_ConsentRegistry.CallOpts, patient)
}

// GuardiansOf is a free data retrieval call binding the contract method 0x82a44847.
//
// Solidity: function guardiansOf(address patient) view returns(address[])
func (_ConsentRegistry *ConsentRegistryCallerSession) GuardiansOf(patient common.Address) ([]common.Address, error) {
	return _ConsentRegistry.Contract.GuardiansOf(&_ConsentRegistry.CallOpts, patient)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_ConsentRegistry *ConsentRegistryCaller) HasRole(opts *bind.CallOpts, role [32]byte, account common.Address) (bool, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "hasRole", role, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_ConsentRegistry *ConsentRegistrySession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _ConsentRegistry.Contract.HasRole(&_ConsentRegistry.CallOpts, role, account)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_ConsentRegistry *ConsentRegistryCallerSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _ConsentRegistry.Contract.HasRole(&_ConsentRegistry.CallOpts, role, account)
}

// IsApprovedForAll is a free data retrieval call binding the contract method 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (_ConsentRegistry *ConsentRegistryCaller) IsApprovedForAll(opts *bind.CallOpts, owner common.Address, operator common.Address) (bool, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "isApprovedForAll", owner, operator)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsApprovedForAll is a free data retrieval call binding the contract method 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (_ConsentRegistry *ConsentRegistrySession) IsApprovedForAll(owner common.Address, operator common.Address) (bool, error) {
	return _ConsentRegistry.Contract.IsApprovedForAll(&_ConsentRegistry.CallOpts, owner, operator)
}

// IsApprovedForAll is a free data retrieval call binding the contract method 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (_ConsentRegistry *ConsentRegistryCallerSession) IsApprovedForAll(owner common.Address, operator common.Address) (bool, error) {
	return _ConsentRegistry.Contract.IsApprovedForAll(&_ConsentRegistry.CallOpts, owner, operator)
}

// IsGuardian is a free data retrieval call binding the contract method 0xd4ee9734.
//
// Solidity: function isGuardian(address patient, address guardian) view returns(bool)
func (_ConsentRegistry *ConsentRegistryCaller) IsGuardian(opts *bind.CallOpts, patient common.Address, guardian common.Address) (bool, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "isGuardian", patient, guardian)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsGuardian is a free data retrieval call binding the contract method 0xd4ee9734.
//
// Solidity: function isGuardian(address patient, address guardian) view returns(bool)
func (_ConsentRegistry *ConsentRegistrySession) IsGuardian(patient common.Address, guardian common.Address) (bool, error) {
	return _ConsentRegistry.Contract.IsGuardian(&_ConsentRegistry.CallOpts, patient, guardian)
}

// IsGuardian is a free data retrieval call binding the contract method 0xd4ee9734.
//
// Solidity: function isGuardian(address patient, address guardian) view returns(bool)
func (_ConsentRegistry *ConsentRegistryCallerSession) IsGuardian(patient common.Address, guardian common.Address) (bool, error) {
	return _ConsentRegistry.Contract.IsGuardian(&_ConsentRegistry.CallOpts, patient, guardian)
}

// IsPermitted is a free data retrieval call binding the contract method 0x208f8d95.
//
// Solidity: function isPermitted(address patient, address grantee, uint8 purpose, uint8 action) view returns(bool)
func (_ConsentRegistry *ConsentRegistryCaller) IsPermitted(opts *bind.CallOpts, patient common.Address, grantee common.Address, purpose uint8, action uint8) (bool, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "isPermitted", patient, grantee, purpose, action)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsPermitted is a free data retrieval call binding the contract method 0x208f8d95.
//
// Solidity: function isPermitted(address patient, address grantee, uint8 purpose, uint8 action) view returns(bool)
func (_ConsentRegistry *ConsentRegistrySession) IsPermitted(patient common.Address, grantee common.Address, purpose uint8, action uint8) (bool, error) {
	return _ConsentRegistry.Contract.IsPermitted(&_ConsentRegistry.CallOpts, patient, grantee, purpose, action)
}

// IsPermitted is a free data retrieval call binding the contract method 0x208f8d95.
//
// Solidity: function isPermitted(address patient, address grantee, uint8 purpose, uint8 action) view returns(bool)
func (_ConsentRegistry *ConsentRegistryCallerSession) IsPermitted(patient common.Address, grantee common.Address, purpose uint8, action uint8) (bool, error) {
	return _ConsentRegistry.Contract.IsPermitted(&_ConsentRegistry.CallOpts, patient, grantee, purpose, action)
}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_ConsentRegistry *ConsentRegistryCaller) IsTrustedForwarder(opts *bind.CallOpts, forwarder common.Address) (bool, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "isTrustedForwarder", forwarder)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_ConsentRegistry *ConsentRegistrySession) IsTrustedForwarder(forwarder common.Address) (bool, error) {
	return _ConsentRegistry.Contract.IsTrustedForwarder(&_ConsentRegistry.CallOpts, forwarder)
}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_ConsentRegistry *ConsentRegistryCallerSession) IsTrustedForwarder(forwarder common.Address) (bool, error) {
	return _ConsentRegistry.Contract.IsTrustedForwarder(&_ConsentRegistry.CallOpts, forwarder)
}

// Locked is a free data retrieval call binding the contract method 0xb45a3c0e.
//
// Solidity: function locked(uint256 tokenId) view returns(bool)
func (_ConsentRegistry *ConsentRegistryCaller) Locked(opts *bind.CallOpts, tokenId *big.Int) (bool, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "locked", tokenId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Locked is a free data retrieval call binding the contract method 0xb45a3c0e.
//
// Solidity: function locked(uint256 tokenId) view returns(bool)
func (_ConsentRegistry *ConsentRegistrySession) Locked(tokenId *big.Int) (bool, error) {
	return _ConsentRegistry.Contract.Locked(&_ConsentRegistry.CallOpts, tokenId)
}

// Locked is a free data retrieval call binding the contract method 0xb45a3c0e.
//
// Solidity: function locked(uint256 tokenId) view returns(bool)
func (_ConsentRegistry *ConsentRegistryCallerSession) Locked(tokenId *big.Int) (bool, error) {
	return _ConsentRegistry.Contract.Locked(&_ConsentRegistry.CallOpts, tokenId)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_ConsentRegistry *ConsentRegistryCaller) Name(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "name")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_ConsentRegistry *ConsentRegistrySession) Name() (string, error) {
	return _ConsentRegistry.Contract.Name(&_ConsentRegistry.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_ConsentRegistry *ConsentRegistryCallerSession) Name() (string, error) {
	return _ConsentRegistry.Contract.Name(&_ConsentRegistry.CallOpts)
}

// OwnerOf is a free data retrieval call binding the contract method 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (_ConsentRegistry *ConsentRegistryCaller) OwnerOf(opts *bind.CallOpts, tokenId *big.Int) (common.Address, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "ownerOf", tokenId)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// OwnerOf is a free data retrieval call binding the contract method 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (_ConsentRegistry *ConsentRegistrySession) OwnerOf(tokenId *big.Int) (common.Address, error) {
	return _ConsentRegistry.Contract.OwnerOf(&_ConsentRegistry.CallOpts, tokenId)
}

// OwnerOf is a free data retrieval call binding the contract method 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (_ConsentRegistry *ConsentRegistryCallerSession) OwnerOf(tokenId *big.Int) (common.Address, error) {
	return _ConsentRegistry.Contract.OwnerOf(&_ConsentRegistry.CallOpts, tokenId)
}

// PermittingConsent is a free data retrieval call binding the contract method 0x42010416.
//
// Solidity: function permittingConsent(address patient, address grantee, uint8 purpose, uint8 action) view returns(bool permitted, uint256 consentId)
func (_ConsentRegistry *ConsentRegistryCaller) PermittingConsent(opts *bind.CallOpts, patient common.Address, grantee common.Address, purpose uint8, action uint8) (struct {
	Permitted bool
	ConsentId *big.Int
}, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "permittingConsent", patient, grantee, purpose, action)

	outstruct := new(struct {
		Permitted bool
		ConsentId *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Permitted = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.ConsentId = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// PermittingConsent is a free data retrieval call binding the contract method 0x42010416.
//
// Solidity: function permittingConsent(address patient, address grantee, uint8 purpose, uint8 action) view returns(bool permitted, uint256 consentId)
func (_ConsentRegistry *ConsentRegistrySession) PermittingConsent(patient common.Address, grantee common.Address, purpose uint8, action uint8) (struct {
	Permitted bool
	ConsentId *big.Int
}, error) {
	return _ConsentRegistry.Contract.PermittingConsent(&_ConsentRegistry.CallOpts, patient, grantee, purpose, action)
}

// PermittingConsent is a free data retrieval call binding the contract method 0x42010416.
//
// Solidity: function permittingConsent(address patient, address grantee, uint8 purpose, uint8 action) view returns(bool permitted, uint256 consentId)
func (_ConsentRegistry *ConsentRegistryCallerSession) PermittingConsent(patient common.Address, grantee common.Address, purpose uint8, action uint8) (struct {
	Permitted bool
	ConsentId *big.Int
}, error) {
	return _ConsentRegistry.Contract.PermittingConsent(&_ConsentRegistry.CallOpts, patient, grantee, purpose, action)
}

// SetApprovalForAll is a free data retrieval call binding the contract method 0xa22cb465.
//
// Solidity: function setApprovalForAll(address , bool ) pure returns()
func (_ConsentRegistry *ConsentRegistryCaller) SetApprovalForAll(opts *bind.CallOpts, arg0 common.Address, arg1 bool) error {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "setApprovalForAll", arg0, arg1)

	if err != nil {
		return err
	}

	return err

}

// SetApprovalForAll is a free data retrieval call binding the contract method 0xa22cb465.
//
// Solidity: function setApprovalForAll(address , bool ) pure returns()
func (_ConsentRegistry *ConsentRegistrySession) SetApprovalForAll(arg0 common.Address, arg1 bool) error {
	return _ConsentRegistry.Contract.SetApprovalForAll(&_ConsentRegistry.CallOpts, arg0, arg1)
}

// SetApprovalForAll is a free data retrieval call binding the contract method 0xa22cb465.
//
// Solidity: function setApprovalForAll(address , bool ) pure returns()
func (_ConsentRegistry *ConsentRegistryCallerSession) SetApprovalForAll(arg0 common.Address, arg1 bool) error {
	return _ConsentRegistry.Contract.SetApprovalForAll(&_ConsentRegistry.CallOpts, arg0, arg1)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_ConsentRegistry *ConsentRegistryCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_ConsentRegistry *ConsentRegistrySession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _ConsentRegistry.Contract.SupportsInterface(&_ConsentRegistry.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_ConsentRegistry *ConsentRegistryCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _ConsentRegistry.Contract.SupportsInterface(&_ConsentRegistry.CallOpts, interfaceId)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_ConsentRegistry *ConsentRegistryCaller) Symbol(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "symbol")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_ConsentRegistry *ConsentRegistrySession) Symbol() (string, error) {
	return _ConsentRegistry.Contract.Symbol(&_ConsentRegistry.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_ConsentRegistry *ConsentRegistryCallerSession) Symbol() (string, error) {
	return _ConsentRegistry.Contract.Symbol(&_ConsentRegistry.CallOpts)
}

// TokenURI is a free data retrieval call binding the contract method 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (_ConsentRegistry *ConsentRegistryCaller) TokenURI(opts *bind.CallOpts, tokenId *big.Int) (string, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "tokenURI", tokenId)

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// TokenURI is a free data retrieval call binding the contract method 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (_ConsentRegistry *ConsentRegistrySession) TokenURI(tokenId *big.Int) (string, error) {
	return _ConsentRegistry.Contract.TokenURI(&_ConsentRegistry.CallOpts, tokenId)
}

// TokenURI is a free data retrieval call binding the contract method 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (_ConsentRegistry *ConsentRegistryCallerSession) TokenURI(tokenId *big.Int) (string, error) {
	return _ConsentRegistry.Contract.TokenURI(&_ConsentRegistry.CallOpts, tokenId)
}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_ConsentRegistry *ConsentRegistryCaller) TrustedForwarder(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "trustedForwarder")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_ConsentRegistry *ConsentRegistrySession) TrustedForwarder() (common.Address, error) {
	return _ConsentRegistry.Contract.TrustedForwarder(&_ConsentRegistry.CallOpts)
}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_ConsentRegistry *ConsentRegistryCallerSession) TrustedForwarder() (common.Address, error) {
	return _ConsentRegistry.Contract.TrustedForwarder(&_ConsentRegistry.CallOpts)
}

// AppointGuardian is a paid mutator transaction binding the contract method 0xdde4320d.
//
// Solidity: function appointGuardian(address guardian) returns()
func (_ConsentRegistry *ConsentRegistryTransactor) AppointGuardian(opts *bind.TransactOpts, guardian common.Address) (*types.Transaction, error) {
	return _ConsentRegistry.contract.Transact(opts, "appointGuardian", guardian)
}

// AppointGuardian is a paid mutator transaction binding the contract method 0xdde4320d.
//
// Solidity: function appointGuardian(address guardian) returns()
func (_ConsentRegistry *ConsentRegistrySession) AppointGuardian(guardian common.Address) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.AppointGuardian(&_ConsentRegistry.TransactOpts, guardian)
}

// AppointGuardian is a paid mutator transaction binding the contract method 0xdde4320d.
//
// Solidity: function appointGuardian(address guardian) returns()
func (_ConsentRegistry *ConsentRegistryTransactorSession) AppointGuardian(guardian common.Address) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.AppointGuardian(&_ConsentRegistry.TransactOpts, guardian)
}

// Grant is a paid mutator transaction binding the contract method 0x3e9fb41b.
//
// Solidity: function grant(address patient, address grantee, uint16 purposes, uint8 actions, uint48 expiresAt, bytes32 scope) returns(uint256 consentId)
func (_ConsentRegistry *ConsentRegistryTransactor) Grant(opts *bind.TransactOpts, patient common.Address, grantee common.Address, purposes uint16, actions uint8, expiresAt *big.Int, scope [32]byte) (*types.Transaction, error) {
	return _ConsentRegistry.contract.Transact(opts, "grant", patient, grantee, purposes, actions, expiresAt, scope)
}

// Grant is a paid mutator transaction binding the contract method 0x3e9fb41b.
//
// Solidity: function grant(address patient, address grantee, uint16 purposes, uint8 actions, uint48 expiresAt, bytes32 scope) returns(uint256 consentId)
func (_ConsentRegistry *ConsentRegistrySession) Grant(patient common.Address, grantee common.Address, purposes uint16, actions uint8, expiresAt *big.Int, scope [32]byte) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.Grant(&_ConsentRegistry.TransactOpts, patient, grantee, purposes, actions, expiresAt, scope)
}

// Grant is a paid mutator transaction binding the contract method 0x3e9fb41b.
//
// Solidity: function grant(address patient, address grantee, uint16 purposes, uint8 actions, uint48 expiresAt, bytes32 scope) returns(uint256 consentId)
func (_ConsentRegistry *ConsentRegistryTransactorSession) Grant(patient common.Address, grantee common.Address, purposes uint16, actions uint8, expiresAt *big.Int, scope [32]byte) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.Grant(&_ConsentRegistry.TransactOpts, patient, grantee, purposes, actions, expiresAt, scope)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_ConsentRegistry *ConsentRegistryTransactor) GrantRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _ConsentRegistry.contract.Transact(opts, "grantRole", role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_ConsentRegistry *ConsentRegistrySession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.GrantRole(&_ConsentRegistry.TransactOpts, role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_ConsentRegistry *ConsentRegistryTransactorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.GrantRole(&_ConsentRegistry.TransactOpts, role, account)
}

// RecordEmergencyAccess is a paid mutator transaction binding the contract method 0xec0e3484.
//
// Solidity: function recordEmergencyAccess(address patient, bytes32 reasonHash) returns()
func (_ConsentRegistry *ConsentRegistryTransactor) RecordEmergencyAccess(opts *bind.TransactOpts, patient common.Address, reasonHash [32]byte) (*types.Transaction, error) {
	return _ConsentRegistry.contract.Transact(opts, "recordEmergencyAccess", patient, reasonHash)
}

// RecordEmergencyAccess is a paid mutator transaction binding the contract method 0xec0e3484.
//
// Solidity: function recordEmergencyAccess(address patient, bytes32 reasonHash) returns()
func (_ConsentRegistry *ConsentRegistrySession) RecordEmergencyAccess(patient common.Address, reasonHash [32]byte) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.RecordEmergencyAccess(&_ConsentRegistry.TransactOpts, patient, reasonHash)
}

// RecordEmergencyAccess is a paid mutator transaction binding the contract method 0xec0e3484.
//
// Solidity: function recordEmergencyAccess(address patient, bytes32 reasonHash) returns()
func (_ConsentRegistry *ConsentRegistryTransactorSession) RecordEmergencyAccess(patient common.Address, reasonHash [32]byte) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.RecordEmergencyAccess(&_ConsentRegistry.TransactOpts, patient, reasonHash)
}

// RemoveGuardian is a paid mutator transaction binding the contract method 0x71404156.
//
// Solidity: function removeGuardian(address guardian) returns()
func (_ConsentRegistry *ConsentRegistryTransactor) RemoveGuardian(opts *bind.TransactOpts, guardian common.Address) (*types.Transaction, error) {
	return _ConsentRegistry.contract.Transact(opts, "removeGuardian", guardian)
}

// RemoveGuardian is a paid mutator transaction binding the contract method 0x71404156.
//
// Solidity: function removeGuardian(address guardian) returns()
func (_ConsentRegistry *ConsentRegistrySession) RemoveGuardian(guardian common.Address) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.RemoveGuardian(&_ConsentRegistry.TransactOpts, guardian)
}

// RemoveGuardian is a paid mutator transaction binding the contract method 0x71404156.
//
// Solidity: function removeGuardian(address guardian) returns()
func (_ConsentRegistry *ConsentRegistryTransactorSession) RemoveGuardian(guardian common.Address) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.RemoveGuardian(&_ConsentRegistry.TransactOpts, guardian)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_ConsentRegistry *ConsentRegistryTransactor) RenounceRole(opts *bind.TransactOpts, role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _ConsentRegistry.contract.Transact(opts, "renounceRole", role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_ConsentRegistry *ConsentRegistrySession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.RenounceRole(&_ConsentRegistry.TransactOpts, role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_ConsentRegistry *ConsentRegistryTransactorSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.RenounceRole(&_ConsentRegistry.TransactOpts, role, callerConfirmation)
}

// Revoke is a paid mutator transaction binding the contract method 0x20c5429b.
//
// Solidity: function revoke(uint256 consentId) returns()
func (_ConsentRegistry *ConsentRegistryTransactor) Revoke(opts *bind.TransactOpts, consentId *big.Int) (*types.Transaction, error) {
	return _ConsentRegistry.contract.Transact(opts, "revoke", consentId)
}

// Revoke is a paid mutator transaction binding the contract method 0x20c5429b.
//
// Solidity: function revoke(uint256 consentId) returns()
func (_ConsentRegistry *ConsentRegistrySession) Revoke(consentId *big.Int) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.Revoke(&_ConsentRegistry.TransactOpts, consentId)
}

// Revoke is a paid mutator transaction binding the contract method 0x20c5429b.
//
// Solidity: function revoke(uint256 consentId) returns()
func (_ConsentRegistry *ConsentRegistryTransactorSession) Revoke(consentId *big.Int) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.Revoke(&_ConsentRegistry.TransactOpts, consentId)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_ConsentRegistry *ConsentRegistryTransactor) RevokeRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _ConsentRegistry.contract.Transact(opts, "revokeRole", role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_ConsentRegistry *ConsentRegistrySession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.RevokeRole(&_ConsentRegistry.TransactOpts, role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_ConsentRegistry *ConsentRegistryTransactorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.RevokeRole(&_ConsentRegistry.TransactOpts, role, account)
}

// SafeTransferFrom is a paid mutator transaction binding the contract method 0x42842e0e.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (_ConsentRegistry *ConsentRegistryTransactor) SafeTransferFrom(opts *bind.TransactOpts, from common.Address, to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _ConsentRegistry.contract.Transact(opts, "safeTransferFrom", from, to, tokenId)
}

// SafeTransferFrom is a paid mutator transaction binding the contract method 0x42842e0e.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (_ConsentRegistry *ConsentRegistrySession) SafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.SafeTransferFrom(&_ConsentRegistry.TransactOpts, from, to, tokenId)
}

// SafeTransferFrom is a paid mutator transaction binding the contract method 0x42842e0e.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (_ConsentRegistry *ConsentRegistryTransactorSession) SafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.SafeTransferFrom(&_ConsentRegistry.TransactOpts, from, to, tokenId)
}

// SafeTransferFrom0 is a paid mutator transaction binding the contract method 0xb88d4fde.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (_ConsentRegistry *ConsentRegistryTransactor) SafeTransferFrom0(opts *bind.TransactOpts, from common.Address, to common.Address, tokenId *big.Int, data []byte) (*types.Transaction, error) {
	return _ConsentRegistry.contract.Transact(opts, "safeTransferFrom0", from, to, tokenId, data)
}

// SafeTransferFrom0 is a paid mutator transaction binding the contract method 0xb88d4fde.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (_ConsentRegistry *ConsentRegistrySession) SafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.SafeTransferFrom0(&_ConsentRegistry.TransactOpts, from, to, tokenId, data)
}

// SafeTransferFrom0 is a paid mutator transaction binding the contract method 0xb88d4fde.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (_ConsentRegistry *ConsentRegistryTransactorSession) SafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.SafeTransferFrom0(&_ConsentRegistry.TransactOpts, from, to, tokenId, data)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (_ConsentRegistry *ConsentRegistryTransactor) TransferFrom(opts *bind.TransactOpts, from common.Address, to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _ConsentRegistry.contract.Transact(opts, "transferFrom", from, to, tokenId)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (_ConsentRegistry *ConsentRegistrySession) TransferFrom(from common.Address, to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.TransferFrom(&_ConsentRegistry.TransactOpts, from, to, tokenId)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (_ConsentRegistry *ConsentRegistryTransactorSession) TransferFrom(from common.Address, to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.TransferFrom(&_ConsentRegistry.TransactOpts, from, to, tokenId)
}

// ConsentRegistryApprovalIterator is returned from FilterApproval and is used to iterate over the raw logs and unpacked data for Approval events raised by the ConsentRegistry contract.
type ConsentRegistryApprovalIterator struct {
	Event *ConsentRegistryApproval // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ConsentRegistryApprovalIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ConsentRegistryApproval)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ConsentRegistryApproval)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ConsentRegistryApprovalIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ConsentRegistryApprovalIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ConsentRegistryApproval represents a Approval event raised by the ConsentRegistry contract.
type ConsentRegistryApproval struct {
	Owner    common.Address
	Approved common.Address
	TokenId  *big.Int
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterApproval is a free log retrieval operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (_ConsentRegistry *ConsentRegistryFilterer) FilterApproval(opts *bind.FilterOpts, owner []common.Address, approved []common.Address, tokenId []*big.Int) (*ConsentRegistryApprovalIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var approvedRule []interface{}
	for _, approvedItem := range approved {
		approvedRule = append(approvedRule, approvedItem)
	}
	var tokenIdRule []interface{}
	for _, tokenIdItem := range tokenId {
		tokenIdRule = append(tokenIdRule, tokenIdItem)
	}

	logs, sub, err := _ConsentRegistry.contract.FilterLogs(opts, "Approval", ownerRule, approvedRule, tokenIdRule)
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryApprovalIterator{contract: _ConsentRegistry.contract, event: "Approval", logs: logs, sub: sub}, nil
}

// WatchApproval is a free log subscription operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (_ConsentRegistry *ConsentRegistryFilterer) WatchApproval(opts *bind.WatchOpts, sink chan<- *ConsentRegistryApproval, owner []common.Address, approved []common.Address, tokenId []*big.Int) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var approvedRule []interface{}
	for _, approvedItem := range approved {
		approvedRule = append(approvedRule, approvedItem)
	}
	var tokenIdRule []interface{}
	for _, tokenIdItem := range tokenId {
		tokenIdRule = append(tokenIdRule, tokenIdItem)
	}

	logs, sub, err := _ConsentRegistry.contract.WatchLogs(opts, "Approval", ownerRule, approvedRule, tokenIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ConsentRegistryApproval)
				if err := _ConsentRegistry.contract.UnpackLog(event, "Approval", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseApproval is a log parse operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (_ConsentRegistry *ConsentRegistryFilterer) ParseApproval(log types.Log) (*ConsentRegistryApproval, error) {
	event := new(ConsentRegistryApproval)
	if err := _ConsentRegistry.contract.UnpackLog(event, "Approval", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ConsentRegistryApprovalForAllIterator is returned from FilterApprovalForAll and is used to iterate over the raw logs and unpacked data for ApprovalForAll events raised by the ConsentRegistry contract.
type ConsentRegistryApprovalForAllIterator struct {
	Event *ConsentRegistryApprovalForAll // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ConsentRegistryApprovalForAllIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ConsentRegistryApprovalForAll)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ConsentRegistryApprovalForAll)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ConsentRegistryApprovalForAllIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ConsentRegistryApprovalForAllIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ConsentRegistryApprovalForAll represents a ApprovalForAll event raised by the ConsentRegistry contract.
type ConsentRegistryApprovalForAll struct {
	Owner    common.Address
	Operator common.Address
	Approved bool
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterApprovalForAll is a free log retrieval operation binding the contract event 0x17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (_ConsentRegistry *ConsentRegistryFilterer) FilterApprovalForAll(opts *bind.FilterOpts, owner []common.Address, operator []common.Address) (*ConsentRegistryApprovalForAllIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _ConsentRegistry.contract.FilterLogs(opts, "ApprovalForAll", ownerRule, operatorRule)
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryApprovalForAllIterator{contract: _ConsentRegistry.contract, event: "ApprovalForAll", logs: logs, sub: sub}, nil
}

// WatchApprovalForAll is a free log subscription operation binding the contract event 0x17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (_ConsentRegistry *ConsentRegistryFilterer) WatchApprovalForAll(opts *bind.WatchOpts, sink chan<- *ConsentRegistryApprovalForAll, owner []common.Address, operator []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _ConsentRegistry.contract.WatchLogs(opts, "ApprovalForAll", ownerRule, operatorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ConsentRegistryApprovalForAll)
				if err := _ConsentRegistry.contract.UnpackLog(event, "ApprovalForAll", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseApprovalForAll is a log parse operation binding the contract event 0x17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (_ConsentRegistry *ConsentRegistryFilterer) ParseApprovalForAll(log types.Log) (*ConsentRegistryApprovalForAll, error) {
	event := new(ConsentRegistryApprovalForAll)
	if err := _ConsentRegistry.contract.UnpackLog(event, "ApprovalForAll", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ConsentRegistryConsentGrantedIterator is returned from FilterConsentGranted and is used to iterate over the raw logs and unpacked data for ConsentGranted events raised by the ConsentRegistry contract.
type ConsentRegistryConsentGrantedIterator struct {
	Event *ConsentRegistryConsentGranted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ConsentRegistryConsentGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ConsentRegistryConsentGranted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ConsentRegistryConsentGranted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ConsentRegistryConsentGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ConsentRegistryConsentGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ConsentRegistryConsentGranted represents a ConsentGranted event raised by the ConsentRegistry contract.
type ConsentRegistryConsentGranted struct {
	ConsentId *big.Int
	Patient   common.Address
	Grantee   common.Address
	Purposes  uint16
	Actions   uint8
	ExpiresAt *big.Int
	Scope     [32]byte
	By        common.Address
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterConsentGranted is a free log retrieval operation binding the contract event 0x81b43788606d9ead33bbb4886f852327042ad1da82d41eaf085b304117ced64b.
//
// Solidity: event ConsentGranted(uint256 indexed consentId, address indexed patient, address indexed grantee, uint16 purposes, uint8 actions, uint48 expiresAt, bytes32 scope, address by)
func (_ConsentRegistry *ConsentRegistryFilterer) FilterConsentGranted(opts *bind.FilterOpts, consentId []*big.Int, patient []common.Address, grantee []common.Address) (*ConsentRegistryConsentGrantedIterator, error) {

	var consentIdRule []interface{}
	for _, consentIdItem := range consentId {
		consentIdRule = append(consentIdRule, consentIdItem)
	}
	var patientRule []interface{}
	for _, patientItem := range patient {
		patientRule = append(patientRule, patientItem)
	}
	var granteeRule []interface{}
	for _, granteeItem := range grantee {
		granteeRule = append(granteeRule, granteeItem)
	}

	logs, sub, err := _ConsentRegistry.contract.FilterLogs(opts, "ConsentGranted", consentIdRule, patientRule, granteeRule)
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryConsentGrantedIterator{contract: _ConsentRegistry.contract, event: "ConsentGranted", logs: logs, sub: sub}, nil
}

// WatchConsentGranted is a free log subscription operation binding the contract event 0x81b43788606d9ead33bbb4886f852327042ad1da82d41eaf085b304117ced64b.
//
// Solidity: event ConsentGranted(uint256 indexed consentId, address indexed patient, address indexed grantee, uint16 purposes, uint8 actions, uint48 expiresAt, bytes32 scope, address by)
func (_ConsentRegistry *ConsentRegistryFilterer) WatchConsentGranted(opts *bind.WatchOpts, sink chan<- *ConsentRegistryConsentGranted, consentId []*big.Int, patient []common.Address, grantee []common.Address) (event.Subscription, error) {

	var consentIdRule []interface{}
	for _, consentIdItem := range consentId {
		consentIdRule = append(consentIdRule, consentIdItem)
	}
	var patientRule []interface{}
	for _, patientItem := range patient {
		patientRule = append(patientRule, patientItem)
	}
	var granteeRule []interface{}
	for _, granteeItem := range grantee {
		granteeRule = append(granteeRule, granteeItem)
	}

	logs, sub, err := _ConsentRegistry.contract.WatchLogs(opts, "ConsentGranted", consentIdRule, patientRule, granteeRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ConsentRegistryConsentGranted)
				if err := _ConsentRegistry.contract.UnpackLog(event, "ConsentGranted", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseConsentGranted is a log parse operation binding the contract event 0x81b43788606d9ead33bbb4886f852327042ad1da82d41eaf085b304117ced64b.
//
// Solidity: event ConsentGranted(uint256 indexed consentId, address indexed patient, address indexed grantee, uint16 purposes, uint8 actions, uint48 expiresAt, bytes32 scope, address by)
func (_ConsentRegistry *ConsentRegistryFilterer) ParseConsentGranted(log types.Log) (*ConsentRegistryConsentGranted, error) {
	event := new(ConsentRegistryConsentGranted)
	if err := _ConsentRegistry.contract.UnpackLog(event, "ConsentGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ConsentRegistryConsentRevokedIterator is returned from FilterConsentRevoked and is used to iterate over the raw logs and unpacked data for ConsentRevoked events raised by the ConsentRegistry contract.
type ConsentRegistryConsentRevokedIterator struct {
	Event *ConsentRegistryConsentRevoked // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ConsentRegistryConsentRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ConsentRegistryConsentRevoked)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ConsentRegistryConsentRevoked)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ConsentRegistryConsentRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ConsentRegistryConsentRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ConsentRegistryConsentRevoked represents a ConsentRevoked event raised by the ConsentRegistry contract.
type ConsentRegistryConsentRevoked struct {
	ConsentId *big.Int
	Patient   common.Address
	Grantee   common.Address
	RevokedAt *big.Int
	By        common.Address
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterConsentRevoked is a free log retrieval operation binding the contract event 0xdab9191de5ed78cbee867e09af3691f6344211e26560f345d16a07bb398d2134.
//
// Solidity: event ConsentRevoked(uint256 indexed consentId, address indexed patient, address indexed grantee, uint48 revokedAt, address by)
func (_ConsentRegistry *ConsentRegistryFilterer) FilterConsentRevoked(opts *bind.FilterOpts, consentId []*big.Int, patient []common.Address, grantee []common.Address) (*ConsentRegistryConsentRevokedIterator, error) {

	var consentIdRule []interface{}
	for _, consentIdItem := range consentId {
		consentIdRule = append(consentIdRule, consentIdItem)
	}
	var patientRule []interface{}
	for _, patientItem := range patient {
		patientRule = append(patientRule, patientItem)
	}
	var granteeRule []interface{}
	for _, granteeItem := range grantee {
		granteeRule = append(granteeRule, granteeItem)
	}

	logs, sub, err := _ConsentRegistry.contract.FilterLogs(opts, "ConsentRevoked", consentIdRule, patientRule, granteeRule)
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryConsentRevokedIterator{contract: _ConsentRegistry.contract, event: "ConsentRevoked", logs: logs, sub: sub}, nil
}

// WatchConsentRevoked is a free log subscription operation binding the contract event 0xdab9191de5ed78cbee867e09af3691f6344211e26560f345d16a07bb398d2134.
//
// Solidity: event ConsentRevoked(uint256 indexed consentId, address indexed patient, address indexed grantee, uint48 revokedAt, address by)
func (_ConsentRegistry *ConsentRegistryFilterer) WatchConsentRevoked(opts *bind.WatchOpts, sink chan<- *ConsentRegistryConsentRevoked, consentId []*big.Int, patient []common.Address, grantee []common.Address) (event.Subscription, error) {

	var consentIdRule []interface{}
	for _, consentIdItem := range consentId {
		consentIdRule = append(consentIdRule, consentIdItem)
	}
	var patientRule []interface{}
	for _, patientItem := range patient {
		patientRule = append(patientRule, patientItem)
	}
	var granteeRule []interface{}
	for _, granteeItem := range grantee {
		granteeRule = append(granteeRule, granteeItem)
	}

	logs, sub, err := _ConsentRegistry.contract.WatchLogs(opts, "ConsentRevoked", consentIdRule, patientRule, granteeRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ConsentRegistryConsentRevoked)
				if err := _ConsentRegistry.contract.UnpackLog(event, "ConsentRevoked", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseConsentRevoked is a log parse operation binding the contract event 0xdab9191de5ed78cbee867e09af3691f6344211e26560f345d16a07bb398d2134.
//
// Solidity: event ConsentRevoked(uint256 indexed consentId, address indexed patient, address indexed grantee, uint48 revokedAt, address by)
func (_ConsentRegistry *ConsentRegistryFilterer) ParseConsentRevoked(log types.Log) (*ConsentRegistryConsentRevoked, error) {
	event := new(ConsentRegistryConsentRevoked)
	if err := _ConsentRegistry.contract.UnpackLog(event, "ConsentRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ConsentRegistryEmergencyAccessIterator is returned from FilterEmergencyAccess and is used to iterate over the raw logs and unpacked data for EmergencyAccess events raised by the ConsentRegistry contract.
type ConsentRegistryEmergencyAccessIterator struct {
	Event *ConsentRegistryEmergencyAccess // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ConsentRegistryEmergencyAccessIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ConsentRegistryEmergencyAccess)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ConsentRegistryEmergencyAccess)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ConsentRegistryEmergencyAccessIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ConsentRegistryEmergencyAccessIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ConsentRegistryEmergencyAccess represents a EmergencyAccess event raised by the ConsentRegistry contract.
type ConsentRegistryEmergencyAccess struct {
	Patient    common.Address
	Accessor   common.Address
	ReasonHash [32]byte
	At         *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterEmergencyAccess is a free log retrieval operation binding the contract event 0xe853b0be0c32f3833c13d4fe2d0ce876d2a805860cb61b81be1d0703b1ec8a60.
//
// Solidity: event EmergencyAccess(address indexed patient, address indexed accessor, bytes32 reasonHash, uint48 at)
func (_ConsentRegistry *ConsentRegistryFilterer) FilterEmergencyAccess(opts *bind.FilterOpts, patient []common.Address, accessor []common.Address) (*ConsentRegistryEmergencyAccessIterator, error) {

	var patientRule []interface{}
	for _, patientItem := range patient {
		patientRule = append(patientRule, patientItem)
	}
	var accessorRule []interface{}
	for _, accessorItem := range accessor {
		accessorRule = append(accessorRule, accessorItem)
	}

	logs, sub, err := _ConsentRegistry.contract.FilterLogs(opts, "EmergencyAccess", patientRule, accessorRule)
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryEmergencyAccessIterator{contract: _ConsentRegistry.contract, event: "EmergencyAccess", logs: logs, sub: sub}, nil
}

// WatchEmergencyAccess is a free log subscription operation binding the contract event 0xe853b0be0c32f3833c13d4fe2d0ce876d2a805860cb61b81be1d0703b1ec8a60.
//
// Solidity: event EmergencyAccess(address indexed patient, address indexed accessor, bytes32 reasonHash, uint48 at)
func (_ConsentRegistry *ConsentRegistryFilterer) WatchEmergencyAccess(opts *bind.WatchOpts, sink chan<- *ConsentRegistryEmergencyAccess, patient []common.Address, accessor []common.Address) (event.Subscription, error) {

	var patientRule []interface{}
	for _, patientItem := range patient {
		patientRule = append(patientRule, patientItem)
	}
	var accessorRule []interface{}
	for _, accessorItem := range accessor {
		accessorRule = append(accessorRule, accessorItem)
	}

	logs, sub, err := _ConsentRegistry.contract.WatchLogs(opts, "EmergencyAccess", patientRule, accessorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ConsentRegistryEmergencyAccess)
				if err := _ConsentRegistry.contract.UnpackLog(event, "EmergencyAccess", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseEmergencyAccess is a log parse operation binding the contract event 0xe853b0be0c32f3833c13d4fe2d0ce876d2a805860cb61b81be1d0703b1ec8a60.
//
// Solidity: event EmergencyAccess(address indexed patient, address indexed accessor, bytes32 reasonHash, uint48 at)
func (_ConsentRegistry *ConsentRegistryFilterer) ParseEmergencyAccess(log types.Log) (*ConsentRegistryEmergencyAccess, error) {
	event := new(ConsentRegistryEmergencyAccess)
	if err := _ConsentRegistry.contract.UnpackLog(event, "EmergencyAccess", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ConsentRegistryGuardianAppointedIterator is returned from FilterGuardianAppointed and is used to iterate over the raw logs and unpacked data for GuardianAppointed events raised by the ConsentRegistry contract.
type ConsentRegistryGuardianAppointedIterator struct {
	Event *ConsentRegistryGuardianAppointed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ConsentRegistryGuardianAppointedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ConsentRegistryGuardianAppointed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ConsentRegistryGuardianAppointed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ConsentRegistryGuardianAppointedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ConsentRegistryGuardianAppointedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ConsentRegistryGuardianAppointed represents a GuardianAppointed event raised by the ConsentRegistry contract.
type ConsentRegistryGuardianAppointed struct {
	Patient  common.Address
	Guardian common.Address
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterGuardianAppointed is a free log retrieval operation binding the contract event 0x17e03d8f17dbbb29cbe3ca046daaf8da75c4c584463e7388fb3afb00b921f462.
//
// Solidity: event GuardianAppointed(address indexed patient, address indexed guardian)
func (_ConsentRegistry *ConsentRegistryFilterer) FilterGuardianAppointed(opts *bind.FilterOpts, patient []common.Address, guardian []common.Address) (*ConsentRegistryGuardianAppointedIterator, error) {

	var patientRule []interface{}
	for _, patientItem := range patient {
		patientRule = append(patientRule, patientItem)
	}
	var guardianRule []interface{}
	for _, guardianItem := range guardian {
		guardianRule = append(guardianRule, guardianItem)
	}

	logs, sub, err := _ConsentRegistry.contract.FilterLogs(opts, "GuardianAppointed", patientRule, guardianRule)
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryGuardianAppointedIterator{contract: _ConsentRegistry.contract, event: "GuardianAppointed", logs: logs, sub: sub}, nil
}

// WatchGuardianAppointed is a free log subscription operation binding the contract event 0x17e03d8f17dbbb29cbe3ca046daaf8da75c4c584463e7388fb3afb00b921f462.
//
// Solidity: event GuardianAppointed(address indexed patient, address indexed guardian)
func (_ConsentRegistry *ConsentRegistryFilterer) WatchGuardianAppointed(opts *bind.WatchOpts, sink chan<- *ConsentRegistryGuardianAppointed, patient []common.Address, guardian []common.Address) (event.Subscription, error) {

	var patientRule []interface{}
	for _, patientItem := range patient {
		patientRule = append(patientRule, patientItem)
	}
	var guardianRule []interface{}
	for _, guardianItem := range guardian {
		guardianRule = append(guardianRule, guardianItem)
	}

	logs, sub, err := _ConsentRegistry.contract.WatchLogs(opts, "GuardianAppointed", patientRule, guardianRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ConsentRegistryGuardianAppointed)
				if err := _ConsentRegistry.contract.UnpackLog(event, "GuardianAppointed", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseGuardianAppointed is a log parse operation binding the contract event 0x17e03d8f17dbbb29cbe3ca046daaf8da75c4c584463e7388fb3afb00b921f462.
//
// Solidity: event GuardianAppointed(address indexed patient, address indexed guardian)
func (_ConsentRegistry *ConsentRegistryFilterer) ParseGuardianAppointed(log types.Log) (*ConsentRegistryGuardianAppointed, error) {
	event := new(ConsentRegistryGuardianAppointed)
	if err := _ConsentRegistry.contract.UnpackLog(event, "GuardianAppointed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ConsentRegistryGuardianRemovedIterator is returned from FilterGuardianRemoved and is used to iterate over the raw logs and unpacked data for GuardianRemoved events raised by the ConsentRegistry contract.
type ConsentRegistryGuardianRemovedIterator struct {
	Event *ConsentRegistryGuardianRemoved // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ConsentRegistryGuardianRemovedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ConsentRegistryGuardianRemoved)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ConsentRegistryGuardianRemoved)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ConsentRegistryGuardianRemovedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ConsentRegistryGuardianRemovedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ConsentRegistryGuardianRemoved represents a GuardianRemoved event raised by the ConsentRegistry contract.
type ConsentRegistryGuardianRemoved struct {
	Patient  common.Address
	Guardian common.Address
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterGuardianRemoved is a free log retrieval operation binding the contract event 0xee943cdb81826d5909c559c6b1ae6908fcaf2dbc16c4b730346736b486283e8b.
//
// Solidity: event GuardianRemoved(address indexed patient, address indexed guardian)
func (_ConsentRegistry *ConsentRegistryFilterer) FilterGuardianRemoved(opts *bind.FilterOpts, patient []common.Address, guardian []common.Address) (*ConsentRegistryGuardianRemovedIterator, error) {

	var patientRule []interface{}
	for _, patientItem := range patient {
		patientRule = append(patientRule, patientItem)
	}
	var guardianRule []interface{}
	for _, guardianItem := range guardian {
		guardianRule = append(guardianRule, guardianItem)
	}

	logs, sub, err := _ConsentRegistry.contract.FilterLogs(opts, "GuardianRemoved", patientRule, guardianRule)
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryGuardianRemovedIterator{contract: _ConsentRegistry.contract, event: "GuardianRemoved", logs: logs, sub: sub}, nil
}

// WatchGuardianRemoved is a free log subscription operation binding the contract event 0xee943cdb81826d5909c559c6b1ae6908fcaf2dbc16c4b730346736b486283e8b.
//
// Solidity: event GuardianRemoved(address indexed patient, address indexed guardian)
func (_ConsentRegistry *ConsentRegistryFilterer) WatchGuardianRemoved(opts *bind.WatchOpts, sink chan<- *ConsentRegistryGuardianRemoved, patient []common.Address, guardian []common.Address) (event.Subscription, error) {

	var patientRule []interface{}
	for _, patientItem := range patient {
		patientRule = append(patientRule, patientItem)
	}
	var guardianRule []interface{}
	for _, guardianItem := range guardian {
		guardianRule = append(guardianRule, guardianItem)
	}

	logs, sub, err := _ConsentRegistry.contract.WatchLogs(opts, "GuardianRemoved", patientRule, guardianRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ConsentRegistryGuardianRemoved)
				if err := _ConsentRegistry.contract.UnpackLog(event, "GuardianRemoved", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseGuardianRemoved is a log parse operation binding the contract event 0xee943cdb81826d5909c559c6b1ae6908fcaf2dbc16c4b730346736b486283e8b.
//
// Solidity: event GuardianRemoved(address indexed patient, address indexed guardian)
func (_ConsentRegistry *ConsentRegistryFilterer) ParseGuardianRemoved(log types.Log) (*ConsentRegistryGuardianRemoved, error) {
	event := new(ConsentRegistryGuardianRemoved)
	if err := _ConsentRegistry.contract.UnpackLog(event, "GuardianRemoved", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ConsentRegistryLockedIterator is returned from FilterLocked and is used to iterate over the raw logs and unpacked data for Locked events raised by the ConsentRegistry contract.
type ConsentRegistryLockedIterator struct {
	Event *ConsentRegistryLocked // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ConsentRegistryLockedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ConsentRegistryLocked)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ConsentRegistryLocked)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ConsentRegistryLockedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ConsentRegistryLockedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ConsentRegistryLocked represents a Locked event raised by the ConsentRegistry contract.
type ConsentRegistryLocked struct {
	TokenId *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterLocked is a free log retrieval operation binding the contract event 0x032bc66be43dbccb7487781d168eb7bda224628a3b2c3388bdf69b532a3a1611.
//
// Solidity: event Locked(uint256 tokenId)
func (_ConsentRegistry *ConsentRegistryFilterer) FilterLocked(opts *bind.FilterOpts) (*ConsentRegistryLockedIterator, error) {

	logs, sub, err := _ConsentRegistry.contract.FilterLogs(opts, "Locked")
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryLockedIterator{contract: _ConsentRegistry.contract, event: "Locked", logs: logs, sub: sub}, nil
}

// WatchLocked is a free log subscription operation binding the contract event 0x032bc66be43dbccb7487781d168eb7bda224628a3b2c3388bdf69b532a3a1611.
//
// Solidity: event Locked(uint256 tokenId)
func (_ConsentRegistry *ConsentRegistryFilterer) WatchLocked(opts *bind.WatchOpts, sink chan<- *ConsentRegistryLocked) (event.Subscription, error) {

	logs, sub, err := _ConsentRegistry.contract.WatchLogs(opts, "Locked")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ConsentRegistryLocked)
				if err := _ConsentRegistry.contract.UnpackLog(event, "Locked", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseLocked is a log parse operation binding the contract event 0x032bc66be43dbccb7487781d168eb7bda224628a3b2c3388bdf69b532a3a1611.
//
// Solidity: event Locked(uint256 tokenId)
func (_ConsentRegistry *ConsentRegistryFilterer) ParseLocked(log types.Log) (*ConsentRegistryLocked, error) {
	event := new(ConsentRegistryLocked)
	if err := _ConsentRegistry.contract.UnpackLog(event, "Locked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ConsentRegistryRoleAdminChangedIterator is returned from FilterRoleAdminChanged and is used to iterate over the raw logs and unpacked data for RoleAdminChanged events raised by the ConsentRegistry contract.
type ConsentRegistryRoleAdminChangedIterator struct {
	Event *ConsentRegistryRoleAdminChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ConsentRegistryRoleAdminChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ConsentRegistryRoleAdminChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ConsentRegistryRoleAdminChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ConsentRegistryRoleAdminChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ConsentRegistryRoleAdminChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ConsentRegistryRoleAdminChanged represents a RoleAdminChanged event raised by the ConsentRegistry contract.
type ConsentRegistryRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterRoleAdminChanged is a free log retrieval operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_ConsentRegistry *ConsentRegistryFilterer) FilterRoleAdminChanged(opts *bind.FilterOpts, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (*ConsentRegistryRoleAdminChangedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var previousAdminRoleRule []interface{}
	for _, previousAdminRoleItem := range previousAdminRole {
		previousAdminRoleRule = append(previousAdminRoleRule, previousAdminRoleItem)
	}
	var newAdminRoleRule []interface{}
	for _, newAdminRoleItem := range newAdminRole {
		newAdminRoleRule = append(newAdminRoleRule, newAdminRoleItem)
	}

	logs, sub, err := _ConsentRegistry.contract.FilterLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryRoleAdminChangedIterator{contract: _ConsentRegistry.contract, event: "RoleAdminChanged", logs: logs, sub: sub}, nil
}

// WatchRoleAdminChanged is a free log subscription operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_ConsentRegistry *ConsentRegistryFilterer) WatchRoleAdminChanged(opts *bind.WatchOpts, sink chan<- *ConsentRegistryRoleAdminChanged, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var previousAdminRoleRule []interface{}
	for _, previousAdminRoleItem := range previousAdminRole {
		previousAdminRoleRule = append(previousAdminRoleRule, previousAdminRoleItem)
	}
	var newAdminRoleRule []interface{}
	for _, newAdminRoleItem := range newAdminRole {
		newAdminRoleRule = append(newAdminRoleRule, newAdminRoleItem)
	}

	logs, sub, err := _ConsentRegistry.contract.WatchLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ConsentRegistryRoleAdminChanged)
				if err := _ConsentRegistry.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleAdminChanged is a log parse operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_ConsentRegistry *ConsentRegistryFilterer) ParseRoleAdminChanged(log types.Log) (*ConsentRegistryRoleAdminChanged, error) {
	event := new(ConsentRegistryRoleAdminChanged)
	if err := _ConsentRegistry.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ConsentRegistryRoleGrantedIterator is returned from FilterRoleGranted and is used to iterate over the raw logs and unpacked data for RoleGranted events raised by the ConsentRegistry contract.
type ConsentRegistryRoleGrantedIterator struct {
	Event *ConsentRegistryRoleGranted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ConsentRegistryRoleGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ConsentRegistryRoleGranted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ConsentRegistryRoleGranted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ConsentRegistryRoleGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ConsentRegistryRoleGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ConsentRegistryRoleGranted represents a RoleGranted event raised by the ConsentRegistry contract.
type ConsentRegistryRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleGranted is a free log retrieval operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_ConsentRegistry *ConsentRegistryFilterer) FilterRoleGranted(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*ConsentRegistryRoleGrantedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _ConsentRegistry.contract.FilterLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryRoleGrantedIterator{contract: _ConsentRegistry.contract, event: "RoleGranted", logs: logs, sub: sub}, nil
}

// WatchRoleGranted is a free log subscription operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_ConsentRegistry *ConsentRegistryFilterer) WatchRoleGranted(opts *bind.WatchOpts, sink chan<- *ConsentRegistryRoleGranted, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _ConsentRegistry.contract.WatchLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ConsentRegistryRoleGranted)
				if err := _ConsentRegistry.contract.UnpackLog(event, "RoleGranted", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleGranted is a log parse operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_ConsentRegistry *ConsentRegistryFilterer) ParseRoleGranted(log types.Log) (*ConsentRegistryRoleGranted, error) {
	event := new(ConsentRegistryRoleGranted)
	if err := _ConsentRegistry.contract.UnpackLog(event, "RoleGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ConsentRegistryRoleRevokedIterator is returned from FilterRoleRevoked and is used to iterate over the raw logs and unpacked data for RoleRevoked events raised by the ConsentRegistry contract.
type ConsentRegistryRoleRevokedIterator struct {
	Event *ConsentRegistryRoleRevoked // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ConsentRegistryRoleRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ConsentRegistryRoleRevoked)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ConsentRegistryRoleRevoked)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ConsentRegistryRoleRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ConsentRegistryRoleRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ConsentRegistryRoleRevoked represents a RoleRevoked event raised by the ConsentRegistry contract.
type ConsentRegistryRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleRevoked is a free log retrieval operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_ConsentRegistry *ConsentRegistryFilterer) FilterRoleRevoked(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*ConsentRegistryRoleRevokedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _ConsentRegistry.contract.FilterLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryRoleRevokedIterator{contract: _ConsentRegistry.contract, event: "RoleRevoked", logs: logs, sub: sub}, nil
}

// WatchRoleRevoked is a free log subscription operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_ConsentRegistry *ConsentRegistryFilterer) WatchRoleRevoked(opts *bind.WatchOpts, sink chan<- *ConsentRegistryRoleRevoked, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _ConsentRegistry.contract.WatchLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ConsentRegistryRoleRevoked)
				if err := _ConsentRegistry.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleRevoked is a log parse operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_ConsentRegistry *ConsentRegistryFilterer) ParseRoleRevoked(log types.Log) (*ConsentRegistryRoleRevoked, error) {
	event := new(ConsentRegistryRoleRevoked)
	if err := _ConsentRegistry.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ConsentRegistryTransferIterator is returned from FilterTransfer and is used to iterate over the raw logs and unpacked data for Transfer events raised by the ConsentRegistry contract.
type ConsentRegistryTransferIterator struct {
	Event *ConsentRegistryTransfer // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ConsentRegistryTransferIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ConsentRegistryTransfer)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ConsentRegistryTransfer)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ConsentRegistryTransferIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ConsentRegistryTransferIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ConsentRegistryTransfer represents a Transfer event raised by the ConsentRegistry contract.
type ConsentRegistryTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterTransfer is a free log retrieval operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (_ConsentRegistry *ConsentRegistryFilterer) FilterTransfer(opts *bind.FilterOpts, from []common.Address, to []common.Address, tokenId []*big.Int) (*ConsentRegistryTransferIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}
	var tokenIdRule []interface{}
	for _, tokenIdItem := range tokenId {
		tokenIdRule = append(tokenIdRule, tokenIdItem)
	}

	logs, sub, err := _ConsentRegistry.contract.FilterLogs(opts, "Transfer", fromRule, toRule, tokenIdRule)
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryTransferIterator{contract: _ConsentRegistry.contract, event: "Transfer", logs: logs, sub: sub}, nil
}

// WatchTransfer is a free log subscription operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (_ConsentRegistry *ConsentRegistryFilterer) WatchTransfer(opts *bind.WatchOpts, sink chan<- *ConsentRegistryTransfer, from []common.Address, to []common.Address, tokenId []*big.Int) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}
	var tokenIdRule []interface{}
	for _, tokenIdItem := range tokenId {
		tokenIdRule = append(tokenIdRule, tokenIdItem)
	}

	logs, sub, err := _ConsentRegistry.contract.WatchLogs(opts, "Transfer", fromRule, toRule, tokenIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ConsentRegistryTransfer)
				if err := _ConsentRegistry.contract.UnpackLog(event, "Transfer", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseTransfer is a log parse operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (_ConsentRegistry *ConsentRegistryFilterer) ParseTransfer(log types.Log) (*ConsentRegistryTransfer, error) {
	event := new(ConsentRegistryTransfer)
	if err := _ConsentRegistry.contract.UnpackLog(event, "Transfer", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ConsentRegistryUnlockedIterator is returned from FilterUnlocked and is used to iterate over the raw logs and unpacked data for Unlocked events raised by the ConsentRegistry contract.
type ConsentRegistryUnlockedIterator struct {
	Event *ConsentRegistryUnlocked // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ConsentRegistryUnlockedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ConsentRegistryUnlocked)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ConsentRegistryUnlocked)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ConsentRegistryUnlockedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ConsentRegistryUnlockedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ConsentRegistryUnlocked represents a Unlocked event raised by the ConsentRegistry contract.
type ConsentRegistryUnlocked struct {
	TokenId *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterUnlocked is a free log retrieval operation binding the contract event 0xf27b6ce5b2f5e68ddb2fd95a8a909d4ecf1daaac270935fff052feacb24f1842.
//
// Solidity: event Unlocked(uint256 tokenId)
func (_ConsentRegistry *ConsentRegistryFilterer) FilterUnlocked(opts *bind.FilterOpts) (*ConsentRegistryUnlockedIterator, error) {

	logs, sub, err := _ConsentRegistry.contract.FilterLogs(opts, "Unlocked")
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryUnlockedIterator{contract: _ConsentRegistry.contract, event: "Unlocked", logs: logs, sub: sub}, nil
}

// WatchUnlocked is a free log subscription operation binding the contract event 0xf27b6ce5b2f5e68ddb2fd95a8a909d4ecf1daaac270935fff052feacb24f1842.
//
// Solidity: event Unlocked(uint256 tokenId)
func (_ConsentRegistry *ConsentRegistryFilterer) WatchUnlocked(opts *bind.WatchOpts, sink chan<- *ConsentRegistryUnlocked) (event.Subscription, error) {

	logs, sub, err := _ConsentRegistry.contract.WatchLogs(opts, "Unlocked")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ConsentRegistryUnlocked)
				if err := _ConsentRegistry.contract.UnpackLog(event, "Unlocked", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseUnlocked is a log parse operation binding the contract event 0xf27b6ce5b2f5e68ddb2fd95a8a909d4ecf1daaac270935fff052feacb24f1842.
//
// Solidity: event Unlocked(uint256 tokenId)
func (_ConsentRegistry *ConsentRegistryFilterer) ParseUnlocked(log types.Log) (*ConsentRegistryUnlocked, error) {
	event := new(ConsentRegistryUnlocked)
	if err := _ConsentRegistry.contract.UnpackLog(event, "Unlocked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
