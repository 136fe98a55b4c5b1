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
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"trustedForwarder\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"emergencyResponders\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"ACTION_ACCESS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"ACTION_COLLECT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"ACTION_CORRECT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"ACTION_COUNT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"ACTION_DISCLOSE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"ACTION_USE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"ALL_ACTIONS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"ALL_PURPOSES\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_EMERGENCY_MAX_ACCESSES\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_EMERGENCY_WINDOW\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"EMERGENCY_REVOKER_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"EMERGENCY_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_CONSENTS_PER_GRANTEE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_EMERGENCY_WINDOW\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MIN_EMERGENCY_WINDOW\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PURPOSE_CAREMGT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PURPOSE_CLINTRL\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PURPOSE_COUNT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PURPOSE_ETREAT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PURPOSE_HOPERAT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PURPOSE_HPAYMT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PURPOSE_HRESCH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PURPOSE_HSYSADMIN\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PURPOSE_PATRQT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PURPOSE_PUBHLTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PURPOSE_TREAT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"appointGuardian\",\"inputs\":[{\"name\":\"guardian\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"approve\",\"inputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"balanceOf\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"consent\",\"inputs\":[{\"name\":\"consentId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"grantee\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"purposes\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"actions\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"validUntil\",\"type\":\"uint48\",\"internalType\":\"uint48\"},{\"name\":\"revoked\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"consentCount\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"grantee\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"consentIdOf\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"grantee\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"index\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"emergencyAllowance\",\"inputs\":[{\"name\":\"accessor\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"remaining\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"resetsAt\",\"type\":\"uint48\",\"internalType\":\"uint48\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"emergencyLimit\",\"inputs\":[],\"outputs\":[{\"name\":\"maxAccesses\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"window\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getApproved\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grant\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"grantee\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"purposes\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"actions\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"expiresAt\",\"type\":\"uint48\",\"internalType\":\"uint48\"},{\"name\":\"scope\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"consentId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"guardiansOf\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isApprovedForAll\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isGuardian\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"guardian\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isPermitted\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"grantee\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"purpose\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"action\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isTrustedForwarder\",\"inputs\":[{\"name\":\"forwarder\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"locked\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"name\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"ownerOf\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"permittingConsent\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"grantee\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"purpose\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"action\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"outputs\":[{\"name\":\"permitted\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"consentId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"recordEmergencyAccess\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"reasonHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"removeGuardian\",\"inputs\":[{\"name\":\"guardian\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revoke\",\"inputs\":[{\"name\":\"consentId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeEmergencyRole\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"safeTransferFrom\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"safeTransferFrom\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"data\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setApprovalForAll\",\"inputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"setEmergencyLimit\",\"inputs\":[{\"name\":\"maxAccesses\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"window\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"symbol\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"tokenURI\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transferFrom\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"trustedForwarder\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"Approval\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"approved\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ApprovalForAll\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"approved\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ConsentGranted\",\"inputs\":[{\"name\":\"consentId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"patient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"grantee\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"purposes\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"actions\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"expiresAt\",\"type\":\"uint48\",\"indexed\":false,\"internalType\":\"uint48\"},{\"name\":\"scope\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"by\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ConsentRevoked\",\"inputs\":[{\"name\":\"consentId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"patient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"grantee\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"revokedAt\",\"type\":\"uint48\",\"indexed\":false,\"internalType\":\"uint48\"},{\"name\":\"by\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EmergencyAccess\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"accessor\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"reasonHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"at\",\"type\":\"uint48\",\"indexed\":false,\"internalType\":\"uint48\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EmergencyLimitSet\",\"inputs\":[{\"name\":\"maxAccesses\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"window\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"GuardianAppointed\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"guardian\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"GuardianRemoved\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"guardian\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Locked\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Transfer\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Unlocked\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"AlreadyRevoked\",\"inputs\":[{\"name\":\"consentId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ERC721IncorrectOwner\",\"inputs\":[{\"name\":\"sender\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC721InsufficientApproval\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ERC721InvalidApprover\",\"inputs\":[{\"name\":\"approver\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC721InvalidOperator\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC721InvalidOwner\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC721InvalidReceiver\",\"inputs\":[{\"name\":\"receiver\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC721InvalidSender\",\"inputs\":[{\"name\":\"sender\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC721NonexistentToken\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"EmergencyRateLimited\",\"inputs\":[{\"name\":\"accessor\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"retryAt\",\"type\":\"uint48\",\"internalType\":\"uint48\"}]},{\"type\":\"error\",\"name\":\"GuardianExists\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"guardian\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"GuardianNotFound\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"guardian\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"InvalidActions\",\"inputs\":[{\"name\":\"actions\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"InvalidEmergencyLimit\",\"inputs\":[{\"name\":\"maxAccesses\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"window\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"InvalidExpiry\",\"inputs\":[{\"name\":\"expiresAt\",\"type\":\"uint48\",\"internalType\":\"uint48\"}]},{\"type\":\"error\",\"name\":\"InvalidGrantee\",\"inputs\":[{\"name\":\"grantee\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"InvalidGuardian\",\"inputs\":[{\"name\":\"guardian\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"InvalidPatient\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"InvalidPurposes\",\"inputs\":[{\"name\":\"purposes\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]},{\"type\":\"error\",\"name\":\"MissingReason\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotEmergencyResponder\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotPatientOrGuardian\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SoulboundToken\",\"inputs\":[{\"name\":\"tokenId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"TooManyConsents\",\"inputs\":[{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"grantee\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"UnknownConsent\",\"inputs\":[{\"name\":\"consentId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}]",
	Bin: "0x60e0604052601e60a052610e1060c052600980546001600160401b031916650e100000001e179055348015610032575f5ffd5b50604051613c5a380380613c5a8339810160408190526100519161029a565b826040518060400160405280601581526020017f426576616e2050617469656e7420436f6e73656e740000000000000000000000815250604051806040016040528060088152602001671090d3d394d1539560c21b815250815f90816100b7919061040b565b5060016100c4828261040b565b5050506001600160a01b03166080526100dd5f83610144565b505f5b815181101561013b576101327fbf233dd2aafeb4d50879c4aa5c81e96d92f6e6945c906a58f9f2d1c1631b4b2683838151811061011f5761011f6104c5565b602002602001015161014460201b60201c565b506001016100e0565b50505050610538565b5f8281526006602090815260408083206001600160a01b038516845290915281205460ff166101e9575f8381526006602090815260408083206001600160a01b03861684529091529020805460ff191660011790556101a16101f2565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016101ec565b505f5b92915050565b5f6101fb610200565b905090565b5f366014808210801590610218575061021833610246565b1561023e5761022b36828403815f6104d9565b61023491610500565b60601c9250505090565b339250505090565b5f61025060805190565b6001600160a01b0316826001600160a01b0316149050919050565b80516001600160a01b0381168114610281575f5ffd5b919050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f606084860312156102ac575f5ffd5b6102b58461026b565b92506102c36020850161026b565b60408501519092506001600160401b038111156102de575f5ffd5b8401601f810186136102ee575f5ffd5b80516001600160401b0381111561030757610307610286565b604051600582901b90603f8201601f191681016001600160401b038111828210171561033557610335610286565b604052918252602081840181019290810189841115610352575f5ffd5b6020850194505b838510156103785761036a8561026b565b815260209485019401610359565b50809450505050509250925092565b600181811c9082168061039b57607f821691505b6020821081036103b957634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561040657805f5260205f20601f840160051c810160208510156103e45750805b601f840160051c820191505b81811015610403575f81556001016103f0565b50505b505050565b81516001600160401b0381111561042457610424610286565b610438816104328454610387565b846103bf565b6020601f82116001811461046a575f83156104535750848201515b5f19600385901b1c1916600184901b178455610403565b5f84815260208120601f198516915b828110156104995787850151825560209485019460019092019101610479565b50848210156104b657868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b634e487b7160e01b5f52603260045260245ffd5b5f5f858511156104e7575f5ffd5b838611156104f3575f5ffd5b5050820193919092039150565b80356001600160601b03198116906014841015610531576001600160601b0319601485900360031b81901b82161691505b5092915050565b6080516136fc61055e5f395f8181610620015281816106a301526128a201526136fc5ff3fe608060405234801561000f575f5ffd5b50600436106103bf575f3560e01c80637da0a877116101f5578063b9ab8bd711610114578063ddbc4782116100a9578063ec0e348411610079578063ec0e348414610927578063ec1ce32f146106cf578063ecd2722a1461093a578063faf8c2f514610522575f5ffd5b8063ddbc478214610404578063dde4320d146108d9578063e7d0f1871461066b578063e985e9c5146108ec575f5ffd5b8063d0a41b74116100e4578063d0a41b7414610873578063d4ee97341461087d578063d547741f14610890578063d778c479146108a3575f5ffd5b8063b9ab8bd714610829578063bb1ee61c14610850578063c30625c014610858578063c87b56dd14610860575f5ffd5b80639eef6ce81161018a578063ab94e0231161015a578063ab94e023146107e8578063acef2efc146107f0578063b45a3c0e14610803578063b88d4fde14610816575f5ffd5b80639eef6ce8146107665780639f99e29f146107c6578063a217fddf146107ce578063a22cb465146107d5575f5ffd5b806382a44847116101c557806382a44847146106f35780638da630151461071357806391d148541461072657806395d89b411461075e575f5ffd5b80637da0a877146106a15780637ebb7f08146106c757806380efca6e146106cf57806381c979ae146106d7575f5ffd5b80633622ed8e116102e15780635c140c65116102765780636dd7f5d7116102465780636dd7f5d71461066b5780636ec1990b1461067357806370a082311461067b578063714041561461068e575f5ffd5b80635c140c65146106505780635d4192571461053d5780636352211e146106585780636c53b63f146103eb575f5ffd5b806342842e0e116102b157806342842e0e146105e257806348434d93146105f55780634ad17ad4146105fd578063572b6c0514610610575f5ffd5b80633622ed8e1461054557806336568abe146105925780633e9fb41b146105a557806342010416146105b8575f5ffd5b8063208f8d9511610357578063248a9ca311610327578063248a9ca31461050057806327771385146105225780632f2ff15d1461052a5780632fc10cc31461053d575f5ffd5b8063208f8d95146104a057806320c5429b146104b357806320df4359146104c657806323b872dd146104ed575f5ffd5b8063081812fc11610392578063081812fc14610421578063095ea7b31461044c5780630f18f03814610461578063191a149e1461047f575f5ffd5b806301ffc9a7146103c3578063037ed2a4146103eb57806305d437ad1461040457806306fdde031461040c575b5f5ffd5b6103d66103d1366004612f93565b610942565b60405190151581526020015b60405180910390f35b6103f25f81565b60405160ff90911681526020016103e2565b6103f2600381565b610414610961565b6040516103e29190612ffa565b61043461042f36600461300c565b6109f0565b6040516001600160a01b0390911681526020016103e2565b61045f61045a36600461303e565b610a17565b005b61046a610e1081565b60405163ffffffff90911681526020016103e2565b61049261048d366004613066565b610a51565b6040519081526020016103e2565b6103d66104ae3660046130a7565b610a9e565b61045f6104c136600461300c565b610ab7565b6104927fbf233dd2aafeb4d50879c4aa5c81e96d92f6e6945c906a58f9f2d1c1631b4b2681565b61045f6104fb3660046130f8565b610cd5565b61049261050e36600461300c565b5f9081526006602052604090206001015490565b6103f2600181565b61045f610538366004613132565b610d97565b6103f2600581565b6105756040805180820190915260095463ffffffff80821680845264010000000090920416602090920182905291565b6040805163ffffffff9384168152929091166020830152016103e2565b61045f6105a0366004613132565b610dbb565b6104926105b3366004613164565b610e1c565b6105cb6105c63660046130a7565b611496565b6040805192151583526020830191909152016103e2565b61045f6105f03660046130f8565b611663565b6103f2600881565b61045f61060b3660046131ee565b61167d565b6103d661061e366004613216565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0390811691161490565b61046a601e81565b61043461066636600461300c565b611788565b6103f2600281565b6103f2600781565b610492610689366004613216565b611792565b61045f61069c366004613216565b6117f0565b7f0000000000000000000000000000000000000000000000000000000000000000610434565b6103f2600981565b6103f2600481565b6106e061010081565b60405161ffff90911681526020016103e2565b610706610701366004613216565b6118aa565b6040516103e2919061322f565b61049261072136600461327a565b6118cd565b6103d6610734366004613132565b5f9182526006602090815260408084206001600160a01b0393909316845291905290205460ff1690565b610414611959565b61077961077436600461300c565b611968565b604080516001600160a01b03978816815296909516602087015261ffff9093169385019390935260ff16606084015265ffffffffffff9091166080830152151560a082015260c0016103e2565b61046a603c81565b6104925f81565b61045f6107e33660046132ba565b611a20565b6106e0611a54565b61045f6107fe366004613216565b611a64565b6103d661081136600461300c565b611afd565b61045f610824366004613320565b611b10565b6104927f24608d8c5bba489a517dd2e7cffdd682036dafe245c7a45bacb130dfee7c1fc981565b6103f2600a81565b6103f2600681565b61041461086e36600461300c565b611b2f565b61046a62278d0081565b6103d661088b366004613066565b611b9f565b61045f61089e366004613132565b611bc0565b6108b66108b1366004613216565b611be4565b6040805163ffffffff909316835265ffffffffffff9091166020830152016103e2565b61045f6108e7366004613216565b611cd4565b6103d66108fa366004613066565b6001600160a01b039182165f90815260056020908152604080832093909416825291909152205460ff1690565b61045f61093536600461303e565b611df6565b6103f261206f565b5f61094c8261207b565b8061095b575061095b826120d0565b92915050565b60605f805461096f9061343a565b80601f016020809104026020016040519081016040528092919081815260200182805461099b9061343a565b80156109e65780601f106109bd576101008083540402835291602001916109e6565b820191905f5260205f20905b8154815290600101906020018083116109c957829003601f168201915b5050505050905090565b5f6109fa82612125565b505f828152600460205260409020546001600160a01b031661095b565b6040517f60a262a5000000000000000000000000000000000000000000000000000000008152600481018290526024015b60405180910390fd5b5f60075f610a6085855f6118cd565b815260208101919091526040015f20547e01000000000000000000000000000000000000000000000000000000000000900461ffff16905092915050565b5f5f610aac86868686611496565b509695505050505050565b5f818152600260205260409020546001600160a01b031680610b08576040517fd66089fb00000000000000000000000000000000000000000000000000000000815260048101839052602401610a48565b5f610b11612176565b9050610b1d8282612184565b5f83815260076020526040902080547d010000000000000000000000000000000000000000000000000000000000900460ff1615610b8a576040517fe80455f500000000000000000000000000000000000000000000000000000000815260048101859052602401610a48565b80547fffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167d01000000000000000000000000000000000000000000000000000000000017808255429065ffffffffffff77010000000000000000000000000000000000000000000000909104161580610c295750815465ffffffffffff8083167701000000000000000000000000000000000000000000000090920416115b15610c795781547fffffff000000000000ffffffffffffffffffffffffffffffffffffffffffffff167701000000000000000000000000000000000000000000000065ffffffffffff8316021782555b81546040805165ffffffffffff841681526001600160a01b0386811660208301529283169287169188917fdab9191de5ed78cbee867e09af3691f6344211e26560f345d16a07bb398d2134910160405180910390a45050505050565b6001600160a01b038216610d17576040517f64a0ae920000000000000000000000000000000000000000000000000000000081525f6004820152602401610a48565b5f610d2a8383610d25612176565b612242565b9050836001600160a01b0316816001600160a01b031614610d91576040517f64283d7b0000000000000000000000000000000000000000000000000000000081526001600160a01b0380861660048301526024820184905282166044820152606401610a48565b50505050565b5f82815260066020526040902060010154610db1816122aa565b610d9183836122be565b610dc3612176565b6001600160a01b0316816001600160a01b031614610e0d576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610e178282612388565b505050565b5f5f610e26612176565b9050610e328882612184565b6001600160a01b038716610e7d576040517f042ab5da0000000000000000000000000000000000000000000000000000000081526001600160a01b0388166004820152602401610a48565b61ffff86161580610ea15750610e9660016104006134b8565b19861661ffff165f14155b15610ede576040517f83ec8b9900000000000000000000000000000000000000000000000000000000815261ffff87166004820152602401610a48565b60ff85161580610eff5750610ef5600160206134b8565b19851660ff165f14155b15610f3b576040517f5f7856c900000000000000000000000000000000000000000000000000000000815260ff86166004820152602401610a48565b65ffffffffffff841615801590610f5a5750428465ffffffffffff1611155b15610f9b576040517f71944efe00000000000000000000000000000000000000000000000000000000815265ffffffffffff85166004820152602401610a48565b5f610fa789895f6118cd565b5f818152600760205260409020549091507e01000000000000000000000000000000000000000000000000000000000000900461ffff167fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00810161104a576040517f3053041f0000000000000000000000000000000000000000000000000000000081526001600160a01b03808c1660048301528a166024820152604401610a48565b8061ffff165f0361122f576040805160c0810182526001600160a01b03808c16825261ffff808c16602080850191825260ff808e1686880190815265ffffffffffff808f16606089019081525f60808a01818152600160a08c019081528e835260079097529a9020985189549651935191519a51955188167e01000000000000000000000000000000000000000000000000000000000000027dffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff9615157d01000000000000000000000000000000000000000000000000000000000002969096167cffffffffffffffffffffffffffffffffffffffffffffffffffffffffff9b90931677010000000000000000000000000000000000000000000000027fffffff000000000000ffffffffffffffffffffffffffffffffffffffffffffff9290951676010000000000000000000000000000000000000000000002919091167fffffff00000000000000ffffffffffffffffffffffffffffffffffffffffffff9390971674010000000000000000000000000000000000000000027fffffffffffffffffffff0000000000000000000000000000000000000000000090961697169690961793909317929092169290921717939093161791909117905590925082906113df565b61123a8a8a836118cd565b93506040518060c001604052808a6001600160a01b031681526020018961ffff1681526020018860ff1681526020018765ffffffffffff1681526020015f151581526020015f61ffff1681525060075f8681526020019081526020015f205f820151815f015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506020820151815f0160146101000a81548161ffff021916908361ffff1602179055506040820151815f0160166101000a81548160ff021916908360ff1602179055506060820151815f0160176101000a81548165ffffffffffff021916908365ffffffffffff1602179055506080820151815f01601d6101000a81548160ff02191690831515021790555060a0820151815f01601e6101000a81548161ffff021916908361ffff16021790555090505080600161137f91906134cb565b5f838152600760205260409020805461ffff929092167e01000000000000000000000000000000000000000000000000000000000000027dffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff9092169190911790555b6113e98a85612449565b6040518481527f032bc66be43dbccb7487781d168eb7bda224628a3b2c3388bdf69b532a3a16119060200160405180910390a16040805161ffff8a16815260ff8916602082015265ffffffffffff881681830152606081018790526001600160a01b03858116608083015291518b8316928d169187917f81b43788606d9ead33bbb4886f852327042ad1da82d41eaf085b304117ced64b9181900360a00190a45050509695505050505050565b5f80600a60ff85161015806114af5750600560ff841610155b156114be57505f90508061165a565b5f6114ca87875f6118cd565b5f818152600760205260409020549091507e01000000000000000000000000000000000000000000000000000000000000900461ffff16805b61ffff811615611650575f8161ffff1660011461152f5761152a8a8a6107216001866134e5565b611531565b835b5f8181526007602052604090208054919250907d010000000000000000000000000000000000000000000000000000000000900460ff161580156115c45750805477010000000000000000000000000000000000000000000000900465ffffffffffff1615806115c45750805477010000000000000000000000000000000000000000000000900465ffffffffffff1642105b80156115f55750805474010000000000000000000000000000000000000000900461ffff1660ff8a161c6001908116145b801561162857508054600176010000000000000000000000000000000000000000000090910460ff908116908a161c8116145b1561163d575060019550935061165a92505050565b505080611649906134ff565b9050611503565b505f5f9350935050505b94509492505050565b610e1783838360405180602001604052805f815250611b10565b5f611687816122aa565b63ffffffff831615806116a05750603c63ffffffff8316105b806116b3575062278d0063ffffffff8316115b156116fa576040517f5eb5f74100000000000000000000000000000000000000000000000000000000815263ffffffff808516600483015283166024820152604401610a48565b60408051808201825263ffffffff8581168083529085166020928301819052600980547fffffffffffffffffffffffffffffffffffffffffffffffff000000000000000016831764010000000083021790558351918252918101919091527f9044aeee1742d4dd4c25c919534941090f468a4089ac9a5d0616604f6d4735f9910160405180910390a1505050565b5f61095b82612125565b5f6001600160a01b0382166117d5576040517f89c62b640000000000000000000000000000000000000000000000000000000081525f6004820152602401610a48565b506001600160a01b03165f9081526003602052604090205490565b5f6117f9612176565b6001600160a01b0381165f90815260086020526040902090915061181d90836124dc565b611866576040517f925f444b0000000000000000000000000000000000000000000000000000000081526001600160a01b03808316600483015283166024820152604401610a48565b816001600160a01b0316816001600160a01b03167fee943cdb81826d5909c559c6b1ae6908fcaf2dbc16c4b730346736b486283e8b60405160405180910390a35050565b6001600160a01b0381165f90815260086020526040902060609061095b906124f0565b6040517fffffffffffffffffffffffffffffffffffffffff000000000000000000000000606085811b8216602084015284901b1660348201527fffff00000000000000000000000000000000000000000000000000000000000060f083901b1660488201525f90604a01604051602081830303815290604052805190602001205f1c90505b9392505050565b60606001805461096f9061343a565b5f5f5f5f5f5f61197787612125565b5f978852600760205260409097205496976001600160a01b0388169761ffff74010000000000000000000000000000000000000000820416975060ff76010000000000000000000000000000000000000000000082048116975065ffffffffffff7701000000000000000000000000000000000000000000000083041696507d010000000000000000000000000000000000000000000000000000000000909104169350915050565b6040517f60a262a50000000000000000000000000000000000000000000000000000000081525f6004820152602401610a48565b611a6160016104006134b8565b81565b7f24608d8c5bba489a517dd2e7cffdd682036dafe245c7a45bacb130dfee7c1fc9611a8e816122aa565b611ab87fbf233dd2aafeb4d50879c4aa5c81e96d92f6e6945c906a58f9f2d1c1631b4b2683612388565b611af9576040517f37557b830000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610a48565b5050565b5f611b0782612125565b50600192915050565b611b1b848484610cd5565b610d91611b26612176565b858585856124fc565b6060611b3a82612125565b505f611b5060408051602081019091525f815290565b90505f815111611b6e5760405180602001604052805f815250611952565b80611b78846126be565b604051602001611b89929190613551565b6040516020818303038152906040529392505050565b6001600160a01b0382165f908152600860205260408120611952908361277a565b5f82815260066020526040902060010154611bda816122aa565b610d918383612388565b60408051808201825260095463ffffffff8082168352640100000000909104811660208084019182526001600160a01b0386165f908152600a825285812086518088019097525465ffffffffffff811680885266010000000000009091048516928701929092529151919485949390928592611c64929190911690613565565b825190915065ffffffffffff161580611c8557508065ffffffffffff164210155b15611c9657505051935f9350915050565b825f015163ffffffff16826020015163ffffffff161015611cc75760208201518351611cc29190613583565b611cc9565b5f5b969095509350505050565b5f611cdd612176565b90506001600160a01b0382161580611d065750806001600160a01b0316826001600160a01b0316145b15611d48576040517ff38d406d0000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610a48565b6001600160a01b0381165f908152600860205260409020611d69908361279b565b611db2576040517f386903270000000000000000000000000000000000000000000000000000000081526001600160a01b03808316600483015283166024820152604401610a48565b816001600160a01b0316816001600160a01b03167f17e03d8f17dbbb29cbe3ca046daaf8da75c4c584463e7388fb3afb00b921f46260405160405180910390a35050565b7fbf233dd2aafeb4d50879c4aa5c81e96d92f6e6945c906a58f9f2d1c1631b4b26611e20816122aa565b6001600160a01b038316611e6b576040517f392a50d50000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610a48565b81611ea2576040517fb56dc2fa00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f611eab612176565b60408051808201825260095463ffffffff8082168352640100000000909104811660208084019182526001600160a01b0386165f908152600a909152938420905181549596504295939491939192611f0d9291169065ffffffffffff16613565565b90508065ffffffffffff168465ffffffffffff1610611f645781547fffffffffffffffffffffffffffffffffffffffffffff000000000000000000001665ffffffffffff8516176601000000000000178255612015565b8154835163ffffffff6601000000000000909204821691168110611fcd576040517fcb5045080000000000000000000000000000000000000000000000000000000081526001600160a01b038716600482015265ffffffffffff83166024820152604401610a48565b611fd881600161359f565b835463ffffffff919091166601000000000000027fffffffffffffffffffffffffffffffffffffffffffff00000000ffffffffffff909116178355505b6040805188815265ffffffffffff861660208201526001600160a01b0380881692908b16917fe853b0be0c32f3833c13d4fe2d0ce876d2a805860cb61b81be1d0703b1ec8a60910160405180910390a35050505050505050565b611a61600160206134b8565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167fb45a3c0e00000000000000000000000000000000000000000000000000000000148061095b575061095b826127af565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061095b575061095b8261207b565b5f818152600260205260408120546001600160a01b03168061095b576040517f7e27328900000000000000000000000000000000000000000000000000000000815260048101849052602401610a48565b5f61217f612891565b905090565b6001600160a01b0382166121cf576040517f392a50d50000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610a48565b816001600160a01b0316816001600160a01b0316141580156121f857506121f68282611b9f565b155b15611af9576040517f315f9f760000000000000000000000000000000000000000000000000000000081526001600160a01b03808416600483015282166024820152604401610a48565b5f61224e8484846128fb565b90506001600160a01b0381161580159061227057506001600160a01b03841615155b15611952576040517f60a262a500000000000000000000000000000000000000000000000000000000815260048101849052602401610a48565b6122bb816122b6612176565b612a24565b50565b5f8281526006602090815260408083206001600160a01b038516845290915281205460ff16612381575f8381526006602090815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055612339612176565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161095b565b505f61095b565b5f8281526006602090815260408083206001600160a01b038516845290915281205460ff1615612381575f8381526006602090815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00169055612401612176565b6001600160a01b0316826001600160a01b0316847ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b60405160405180910390a450600161095b565b6001600160a01b03821661248b576040517f64a0ae920000000000000000000000000000000000000000000000000000000081525f6004820152602401610a48565b5f61249783835f612242565b90506001600160a01b03811615610e17576040517f73c6ac6e0000000000000000000000000000000000000000000000000000000081525f6004820152602401610a48565b5f611952836001600160a01b038416612a91565b60605f61195283612b7b565b6001600160a01b0383163b156126b7576040517f150b7a020000000000000000000000000000000000000000000000000000000081526001600160a01b0384169063150b7a02906125579088908890879087906004016135bb565b6020604051808303815f875af19250505080156125af575060408051601f3d9081017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe01682019092526125ac918101906135fb565b60015b61262f573d8080156125dc576040519150601f19603f3d011682016040523d82523d5f602084013e6125e1565b606091505b5080515f03612627576040517f64a0ae920000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610a48565b805160208201fd5b7fffffffff0000000000000000000000000000000000000000000000000000000081167f150b7a0200000000000000000000000000000000000000000000000000000000146126b5576040517f64a0ae920000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610a48565b505b5050505050565b60605f6126ca83612bd4565b60010190505f8167ffffffffffffffff8111156126e9576126e96132f3565b6040519080825280601f01601f191660200182016040528015612713576020820181803683370190505b5090508181016020015b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff017f3031323334353637383961626364656600000000000000000000000000000000600a86061a8153600a850494508461271d57509392505050565b6001600160a01b0381165f9081526001830160205260408120541515611952565b5f611952836001600160a01b038416612cb5565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f80ac58cd00000000000000000000000000000000000000000000000000000000148061284157507fffffffff0000000000000000000000000000000000000000000000000000000082167f5b5e139f00000000000000000000000000000000000000000000000000000000145b8061095b57507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff0000000000000000000000000000000000000000000000000000000083161461095b565b5f3660148082108015906128cd57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633145b156128f3576128e036828403815f613616565b6128e99161363d565b60601c9250505090565b339250505090565b5f828152600260205260408120546001600160a01b039081169083161561292757612927818486612cfa565b6001600160a01b03811615612980576129425f855f5f612d90565b6001600160a01b0381165f90815260036020526040902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0190555b6001600160a01b038516156129ae576001600160a01b0385165f908152600360205260409020805460010190555b5f8481526002602052604080822080547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0389811691821790925591518793918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a4949350505050565b5f8281526006602090815260408083206001600160a01b038516845290915290205460ff16611af9576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081526001600160a01b038216600482015260248101839052604401610a48565b5f8181526001830160205260408120548015612b6b575f612ab36001836134b8565b85549091505f90612ac6906001906134b8565b9050808214612b25575f865f018281548110612ae457612ae46136a2565b905f5260205f200154905080875f018481548110612b0457612b046136a2565b5f918252602080832090910192909255918252600188019052604090208390555b8554869080612b3657612b366136cf565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f90556001935050505061095b565b5f91505061095b565b5092915050565b6060815f01805480602002602001604051908101604052809291908181526020018280548015612bc857602002820191905f5260205f20905b815481526020019060010190808311612bb4575b50505050509050919050565b5f807a184f03e93ff9f4daa797ed6e38ed64bf6a1f0100000000000000008310612c1c577a184f03e93ff9f4daa797ed6e38ed64bf6a1f010000000000000000830492506040015b6d04ee2d6d415b85acef81000000008310612c48576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc100008310612c6657662386f26fc10000830492506010015b6305f5e1008310612c7e576305f5e100830492506008015b6127108310612c9257612710830492506004015b60648310612ca4576064830492506002015b600a831061095b5760010192915050565b5f81815260018301602052604081205461238157508154600181810184555f84815260208082209093018490558454848252828601909352604090209190915561095b565b612d05838383612ee3565b610e17576001600160a01b038316612d4c576040517f7e27328900000000000000000000000000000000000000000000000000000000815260048101829052602401610a48565b6040517f177e802f0000000000000000000000000000000000000000000000000000000081526001600160a01b038316600482015260248101829052604401610a48565b8080612da457506001600160a01b03821615155b15612e9c575f612db384612125565b90506001600160a01b03831615801590612ddf5750826001600160a01b0316816001600160a01b031614155b8015612e1057506001600160a01b038082165f9081526005602090815260408083209387168352929052205460ff16155b15612e52576040517fa9fbf51f0000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610a48565b8115612e9a5783856001600160a01b0316826001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b50505f90815260046020526040902080547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0392909216919091179055565b5f6001600160a01b03831615801590612f5e5750826001600160a01b0316846001600160a01b03161480612f3b57506001600160a01b038085165f9081526005602090815260408083209387168352929052205460ff165b80612f5e57505f828152600460205260409020546001600160a01b038481169116145b949350505050565b7fffffffff00000000000000000000000000000000000000000000000000000000811681146122bb575f5ffd5b5f60208284031215612fa3575f5ffd5b813561195281612f66565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b602081525f6119526020830184612fae565b5f6020828403121561301c575f5ffd5b5035919050565b80356001600160a01b0381168114613039575f5ffd5b919050565b5f5f6040838503121561304f575f5ffd5b61305883613023565b946020939093013593505050565b5f5f60408385031215613077575f5ffd5b61308083613023565b915061308e60208401613023565b90509250929050565b803560ff81168114613039575f5ffd5b5f5f5f5f608085870312156130ba575f5ffd5b6130c385613023565b93506130d160208601613023565b92506130df60408601613097565b91506130ed60608601613097565b905092959194509250565b5f5f5f6060848603121561310a575f5ffd5b61311384613023565b925061312160208501613023565b929592945050506040919091013590565b5f5f60408385031215613143575f5ffd5b8235915061308e60208401613023565b803561ffff81168114613039575f5ffd5b5f5f5f5f5f5f60c08789031215613179575f5ffd5b61318287613023565b955061319060208801613023565b945061319e60408801613153565b93506131ac60608801613097565b9250608087013565ffffffffffff811681146131c6575f5ffd5b9598949750929591949360a090920135925050565b803563ffffffff81168114613039575f5ffd5b5f5f604083850312156131ff575f5ffd5b613208836131db565b915061308e602084016131db565b5f60208284031215613226575f5ffd5b61195282613023565b602080825282518282018190525f918401906040840190835b8181101561326f5783516001600160a01b0316835260209384019390920191600101613248565b509095945050505050565b5f5f5f6060848603121561328c575f5ffd5b61329584613023565b92506132a360208501613023565b91506132b160408501613153565b90509250925092565b5f5f604083850312156132cb575f5ffd5b6132d483613023565b9150602083013580151581146132e8575f5ffd5b809150509250929050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b5f5f5f5f60808587031215613333575f5ffd5b61333c85613023565b935061334a60208601613023565b925060408501359150606085013567ffffffffffffffff81111561336c575f5ffd5b8501601f8101871361337c575f5ffd5b803567ffffffffffffffff811115613396576133966132f3565b6040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0603f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f8501160116810181811067ffffffffffffffff82111715613402576134026132f3565b604052818152828201602001891015613419575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b600181811c9082168061344e57607f821691505b602082108103613485577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8181038181111561095b5761095b61348b565b61ffff818116838216019081111561095b5761095b61348b565b61ffff828116828216039081111561095b5761095b61348b565b5f61ffff8216806135125761351261348b565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0192915050565b5f81518060208401855e5f93019283525090919050565b5f612f5e61355f838661353a565b8461353a565b65ffffffffffff818116838216019081111561095b5761095b61348b565b63ffffffff828116828216039081111561095b5761095b61348b565b63ffffffff818116838216019081111561095b5761095b61348b565b6001600160a01b03851681526001600160a01b0384166020820152826040820152608060608201525f6135f16080830184612fae565b9695505050505050565b5f6020828403121561360b575f5ffd5b815161195281612f66565b5f5f85851115613624575f5ffd5b83861115613630575f5ffd5b5050820193919092039150565b80357fffffffffffffffffffffffffffffffffffffffff0000000000000000000000008116906014841015612b74577fffffffffffffffffffffffffffffffffffffffff000000000000000000000000808560140360031b1b82161691505092915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603160045260245ffd",
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

// DEFAULTEMERGENCYMAXACCESSES is a free data retrieval call binding the contract method 0x5c140c65.
//
// Solidity: function DEFAULT_EMERGENCY_MAX_ACCESSES() view returns(uint32)
func (_ConsentRegistry *ConsentRegistryCaller) DEFAULTEMERGENCYMAXACCESSES(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "DEFAULT_EMERGENCY_MAX_ACCESSES")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// DEFAULTEMERGENCYMAXACCESSES is a free data retrieval call binding the contract method 0x5c140c65.
//
// Solidity: function DEFAULT_EMERGENCY_MAX_ACCESSES() view returns(uint32)
func (_ConsentRegistry *ConsentRegistrySession) DEFAULTEMERGENCYMAXACCESSES() (uint32, error) {
	return _ConsentRegistry.Contract.DEFAULTEMERGENCYMAXACCESSES(&_ConsentRegistry.CallOpts)
}

// DEFAULTEMERGENCYMAXACCESSES is a free data retrieval call binding the contract method 0x5c140c65.
//
// Solidity: function DEFAULT_EMERGENCY_MAX_ACCESSES() view returns(uint32)
func (_ConsentRegistry *ConsentRegistryCallerSession) DEFAULTEMERGENCYMAXACCESSES() (uint32, error) {
	return _ConsentRegistry.Contract.DEFAULTEMERGENCYMAXACCESSES(&_ConsentRegistry.CallOpts)
}

// DEFAULTEMERGENCYWINDOW is a free data retrieval call binding the contract method 0x0f18f038.
//
// Solidity: function DEFAULT_EMERGENCY_WINDOW() view returns(uint32)
func (_ConsentRegistry *ConsentRegistryCaller) DEFAULTEMERGENCYWINDOW(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "DEFAULT_EMERGENCY_WINDOW")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// DEFAULTEMERGENCYWINDOW is a free data retrieval call binding the contract method 0x0f18f038.
//
// Solidity: function DEFAULT_EMERGENCY_WINDOW() view returns(uint32)
func (_ConsentRegistry *ConsentRegistrySession) DEFAULTEMERGENCYWINDOW() (uint32, error) {
	return _ConsentRegistry.Contract.DEFAULTEMERGENCYWINDOW(&_ConsentRegistry.CallOpts)
}

// DEFAULTEMERGENCYWINDOW is a free data retrieval call binding the contract method 0x0f18f038.
//
// Solidity: function DEFAULT_EMERGENCY_WINDOW() view returns(uint32)
func (_ConsentRegistry *ConsentRegistryCallerSession) DEFAULTEMERGENCYWINDOW() (uint32, error) {
	return _ConsentRegistry.Contract.DEFAULTEMERGENCYWINDOW(&_ConsentRegistry.CallOpts)
}

// EMERGENCYREVOKERROLE is a free data retrieval call binding the contract method 0xb9ab8bd7.
//
// Solidity: function EMERGENCY_REVOKER_ROLE() view returns(bytes32)
func (_ConsentRegistry *ConsentRegistryCaller) EMERGENCYREVOKERROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "EMERGENCY_REVOKER_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// EMERGENCYREVOKERROLE is a free data retrieval call binding the contract method 0xb9ab8bd7.
//
// Solidity: function EMERGENCY_REVOKER_ROLE() view returns(bytes32)
func (_ConsentRegistry *ConsentRegistrySession) EMERGENCYREVOKERROLE() ([32]byte, error) {
	return _ConsentRegistry.Contract.EMERGENCYREVOKERROLE(&_ConsentRegistry.CallOpts)
}

// EMERGENCYREVOKERROLE is a free data retrieval call binding the contract method 0xb9ab8bd7.
//
// Solidity: function EMERGENCY_REVOKER_ROLE() view returns(bytes32)
func (_ConsentRegistry *ConsentRegistryCallerSession) EMERGENCYREVOKERROLE() ([32]byte, error) {
	return _ConsentRegistry.Contract.EMERGENCYREVOKERROLE(&_ConsentRegistry.CallOpts)
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

// MAXEMERGENCYWINDOW is a free data retrieval call binding the contract method 0xd0a41b74.
//
// Solidity: function MAX_EMERGENCY_WINDOW() view returns(uint32)
func (_ConsentRegistry *ConsentRegistryCaller) MAXEMERGENCYWINDOW(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "MAX_EMERGENCY_WINDOW")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// MAXEMERGENCYWINDOW is a free data retrieval call binding the contract method 0xd0a41b74.
//
// Solidity: function MAX_EMERGENCY_WINDOW() view returns(uint32)
func (_ConsentRegistry *ConsentRegistrySession) MAXEMERGENCYWINDOW() (uint32, error) {
	return _ConsentRegistry.Contract.MAXEMERGENCYWINDOW(&_ConsentRegistry.CallOpts)
}

// MAXEMERGENCYWINDOW is a free data retrieval call binding the contract method 0xd0a41b74.
//
// Solidity: function MAX_EMERGENCY_WINDOW() view returns(uint32)
func (_ConsentRegistry *ConsentRegistryCallerSession) MAXEMERGENCYWINDOW() (uint32, error) {
	return _ConsentRegistry.Contract.MAXEMERGENCYWINDOW(&_ConsentRegistry.CallOpts)
}

// MINEMERGENCYWINDOW is a free data retrieval call binding the contract method 0x9f99e29f.
//
// Solidity: function MIN_EMERGENCY_WINDOW() view returns(uint32)
func (_ConsentRegistry *ConsentRegistryCaller) MINEMERGENCYWINDOW(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "MIN_EMERGENCY_WINDOW")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// MINEMERGENCYWINDOW is a free data retrieval call binding the contract method 0x9f99e29f.
//
// Solidity: function MIN_EMERGENCY_WINDOW() view returns(uint32)
func (_ConsentRegistry *ConsentRegistrySession) MINEMERGENCYWINDOW() (uint32, error) {
	return _ConsentRegistry.Contract.MINEMERGENCYWINDOW(&_ConsentRegistry.CallOpts)
}

// MINEMERGENCYWINDOW is a free data retrieval call binding the contract method 0x9f99e29f.
//
// Solidity: function MIN_EMERGENCY_WINDOW() view returns(uint32)
func (_ConsentRegistry *ConsentRegistryCallerSession) MINEMERGENCYWINDOW() (uint32, error) {
	return _ConsentRegistry.Contract.MINEMERGENCYWINDOW(&_ConsentRegistry.CallOpts)
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

// EmergencyAllowance is a free data retrieval call binding the contract method 0xd778c479.
//
// Solidity: function emergencyAllowance(address accessor) view returns(uint32 remaining, uint48 resetsAt)
func (_ConsentRegistry *ConsentRegistryCaller) EmergencyAllowance(opts *bind.CallOpts, accessor common.Address) (struct {
	Remaining uint32
	ResetsAt  *big.Int
}, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "emergencyAllowance", accessor)

	outstruct := new(struct {
		Remaining uint32
		ResetsAt  *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Remaining = *abi.ConvertType(out[0], new(uint32)).(*uint32)
	outstruct.ResetsAt = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// EmergencyAllowance is a free data retrieval call binding the contract method 0xd778c479.
//
// Solidity: function emergencyAllowance(address accessor) view returns(uint32 remaining, uint48 resetsAt)
func (_ConsentRegistry *ConsentRegistrySession) EmergencyAllowance(accessor common.Address) (struct {
	Remaining uint32
	ResetsAt  *big.Int
}, error) {
	return _ConsentRegistry.Contract.EmergencyAllowance(&_ConsentRegistry.CallOpts, accessor)
}

// EmergencyAllowance is a free data retrieval call binding the contract method 0xd778c479.
//
// Solidity: function emergencyAllowance(address accessor) view returns(uint32 remaining, uint48 resetsAt)
func (_ConsentRegistry *ConsentRegistryCallerSession) EmergencyAllowance(accessor common.Address) (struct {
	Remaining uint32
	ResetsAt  *big.Int
}, error) {
	return _ConsentRegistry.Contract.EmergencyAllowance(&_ConsentRegistry.CallOpts, accessor)
}

// EmergencyLimit is a free data retrieval call binding the contract method 0x3622ed8e.
//
// Solidity: function emergencyLimit() view returns(uint32 maxAccesses, uint32 window)
func (_ConsentRegistry *ConsentRegistryCaller) EmergencyLimit(opts *bind.CallOpts) (struct {
	MaxAccesses uint32
	Window      uint32
}, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "emergencyLimit")

	outstruct := new(struct {
		MaxAccesses uint32
		Window      uint32
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.MaxAccesses = *abi.ConvertType(out[0], new(uint32)).(*uint32)
	outstruct.Window = *abi.ConvertType(out[1], new(uint32)).(*uint32)

	return *outstruct, err

}

// EmergencyLimit is a free data retrieval call binding the contract method 0x3622ed8e.
//
// Solidity: function emergencyLimit() view returns(uint32 maxAccesses, uint32 window)
func (_ConsentRegistry *ConsentRegistrySession) EmergencyLimit() (struct {
	MaxAccesses uint32
	Window      uint32
}, error) {
	return _ConsentRegistry.Contract.EmergencyLimit(&_ConsentRegistry.CallOpts)
}

// EmergencyLimit is a free data retrieval call binding the contract method 0x3622ed8e.
//
// Solidity: function emergencyLimit() view returns(uint32 maxAccesses, uint32 window)
func (_ConsentRegistry *ConsentRegistryCallerSession) EmergencyLimit() (struct {
	MaxAccesses uint32
	Window      uint32
}, error) {
	return _ConsentRegistry.Contract.EmergencyLimit(&_ConsentRegistry.CallOpts)
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

// RevokeEmergencyRole is a paid mutator transaction binding the contract method 0xacef2efc.
//
// Solidity: function revokeEmergencyRole(address account) returns()
func (_ConsentRegistry *ConsentRegistryTransactor) RevokeEmergencyRole(opts *bind.TransactOpts, account common.Address) (*types.Transaction, error) {
	return _ConsentRegistry.contract.Transact(opts, "revokeEmergencyRole", account)
}

// RevokeEmergencyRole is a paid mutator transaction binding the contract method 0xacef2efc.
//
// Solidity: function revokeEmergencyRole(address account) returns()
func (_ConsentRegistry *ConsentRegistrySession) RevokeEmergencyRole(account common.Address) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.RevokeEmergencyRole(&_ConsentRegistry.TransactOpts, account)
}

// RevokeEmergencyRole is a paid mutator transaction binding the contract method 0xacef2efc.
//
// Solidity: function revokeEmergencyRole(address account) returns()
func (_ConsentRegistry *ConsentRegistryTransactorSession) RevokeEmergencyRole(account common.Address) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.RevokeEmergencyRole(&_ConsentRegistry.TransactOpts, account)
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

// SetEmergencyLimit is a paid mutator transaction binding the contract method 0x4ad17ad4.
//
// Solidity: function setEmergencyLimit(uint32 maxAccesses, uint32 window) returns()
func (_ConsentRegistry *ConsentRegistryTransactor) SetEmergencyLimit(opts *bind.TransactOpts, maxAccesses uint32, window uint32) (*types.Transaction, error) {
	return _ConsentRegistry.contract.Transact(opts, "setEmergencyLimit", maxAccesses, window)
}

// SetEmergencyLimit is a paid mutator transaction binding the contract method 0x4ad17ad4.
//
// Solidity: function setEmergencyLimit(uint32 maxAccesses, uint32 window) returns()
func (_ConsentRegistry *ConsentRegistrySession) SetEmergencyLimit(maxAccesses uint32, window uint32) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.SetEmergencyLimit(&_ConsentRegistry.TransactOpts, maxAccesses, window)
}

// SetEmergencyLimit is a paid mutator transaction binding the contract method 0x4ad17ad4.
//
// Solidity: function setEmergencyLimit(uint32 maxAccesses, uint32 window) returns()
func (_ConsentRegistry *ConsentRegistryTransactorSession) SetEmergencyLimit(maxAccesses uint32, window uint32) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.SetEmergencyLimit(&_ConsentRegistry.TransactOpts, maxAccesses, window)
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

// ConsentRegistryEmergencyLimitSetIterator is returned from FilterEmergencyLimitSet and is used to iterate over the raw logs and unpacked data for EmergencyLimitSet events raised by the ConsentRegistry contract.
type ConsentRegistryEmergencyLimitSetIterator struct {
	Event *ConsentRegistryEmergencyLimitSet // Event containing the contract specifics and raw log

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
func (it *ConsentRegistryEmergencyLimitSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ConsentRegistryEmergencyLimitSet)
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
		it.Event = new(ConsentRegistryEmergencyLimitSet)
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
func (it *ConsentRegistryEmergencyLimitSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ConsentRegistryEmergencyLimitSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ConsentRegistryEmergencyLimitSet represents a EmergencyLimitSet event raised by the ConsentRegistry contract.
type ConsentRegistryEmergencyLimitSet struct {
	MaxAccesses uint32
	Window      uint32
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterEmergencyLimitSet is a free log retrieval operation binding the contract event 0x9044aeee1742d4dd4c25c919534941090f468a4089ac9a5d0616604f6d4735f9.
//
// Solidity: event EmergencyLimitSet(uint32 maxAccesses, uint32 window)
func (_ConsentRegistry *ConsentRegistryFilterer) FilterEmergencyLimitSet(opts *bind.FilterOpts) (*ConsentRegistryEmergencyLimitSetIterator, error) {

	logs, sub, err := _ConsentRegistry.contract.FilterLogs(opts, "EmergencyLimitSet")
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryEmergencyLimitSetIterator{contract: _ConsentRegistry.contract, event: "EmergencyLimitSet", logs: logs, sub: sub}, nil
}

// WatchEmergencyLimitSet is a free log subscription operation binding the contract event 0x9044aeee1742d4dd4c25c919534941090f468a4089ac9a5d0616604f6d4735f9.
//
// Solidity: event EmergencyLimitSet(uint32 maxAccesses, uint32 window)
func (_ConsentRegistry *ConsentRegistryFilterer) WatchEmergencyLimitSet(opts *bind.WatchOpts, sink chan<- *ConsentRegistryEmergencyLimitSet) (event.Subscription, error) {

	logs, sub, err := _ConsentRegistry.contract.WatchLogs(opts, "EmergencyLimitSet")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ConsentRegistryEmergencyLimitSet)
				if err := _ConsentRegistry.contract.UnpackLog(event, "EmergencyLimitSet", log); err != nil {
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

// ParseEmergencyLimitSet is a log parse operation binding the contract event 0x9044aeee1742d4dd4c25c919534941090f468a4089ac9a5d0616604f6d4735f9.
//
// Solidity: event EmergencyLimitSet(uint32 maxAccesses, uint32 window)
func (_ConsentRegistry *ConsentRegistryFilterer) ParseEmergencyLimitSet(log types.Log) (*ConsentRegistryEmergencyLimitSet, error) {
	event := new(ConsentRegistryEmergencyLimitSet)
	if err := _ConsentRegistry.contract.UnpackLog(event, "EmergencyLimitSet", log); err != nil {
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
