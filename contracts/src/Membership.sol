// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {IERC5805} from "@openzeppelin/contracts/interfaces/IERC5805.sol";
import {IERC6372} from "@openzeppelin/contracts/interfaces/IERC6372.sol";
import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";
import {Checkpoints} from "@openzeppelin/contracts/utils/structs/Checkpoints.sol";
import {Time} from "@openzeppelin/contracts/utils/types/Time.sol";
import {Soulbound721} from "./utils/Soulbound721.sol";
import {OdsCode} from "./utils/OdsCode.sol";

/// @title Membership
/// @notice One soulbound ERC-721 per member organisation of an Integrated Care Board (NHS trust, GP practice, local
/// authority, care provider), carrying its NHS ODS organisation code and kind. It is the DAO's voting token: one
/// member, one vote, active from the block of the mint, with no delegation. Only the DAO's timelock mints
/// and burns, so members join and leave only by a passed proposal.
/// @dev Implements IERC5805 (the votes interface OpenZeppelin's GovernorVotes reads) without OpenZeppelin's
/// ERC721Votes: ERC721Votes keeps a checkpoint array per delegate (two fresh storage slots per new member) and a
/// delegation slot, which put a mint with active votes at about 165k gas against a goal of 130k. A member can never
/// delegate and holds at most one vote, so its vote history is its membership interval, kept in the same slot as
/// its ODS code: `getPastVotes(a, t)` is 1 iff `joinedAt <= t < leftAt`. Total supply keeps OpenZeppelin's
/// checkpoints. An address that has left cannot rejoin (its interval would be overwritten): a returning organisation
/// joins with a new address. The token id of a member is its address as a number.
contract Membership is Soulbound721, IERC5805 {
    using Checkpoints for Checkpoints.Trace208;

    /// @notice Kinds of ICB member organisations.
    enum Kind {
        Unknown,
        NhsTrust,
        GpPractice,
        LocalAuthority,
        CareProvider,
        Other
    }

    /// @dev One storage slot: 6 + 6 + 1 + 8 = 21 bytes.
    struct Member {
        uint48 joinedAt; // clock() of the mint
        uint48 leftAt; // clock() of the burn; 0 while a member
        Kind kind;
        bytes8 odsCode; // NHS ODS organisation code, ASCII, left-aligned, zero-padded
    }

    /// @notice An initial member minted by the constructor.
    struct InitialMember {
        address account;
        bytes8 odsCode;
        Kind kind;
    }

    /// @notice The DAO's timelock: the only account that mints and burns. Immutable (a DAO that moves redeploys).
    /// @dev An immutable rather than OpenZeppelin's Ownable: reading it costs nothing, where Ownable's storage read
    /// costs 2,100 gas on every mint, the difference between meeting and missing the 130k mint goal.
    address public immutable TIMELOCK;

    mapping(address account => Member) private _members;
    Checkpoints.Trace208 private _totalCheckpoints;

    /// @notice An organisation joined the ICB; its vote counts from the log's block.
    event MemberAdded(address indexed account, bytes8 indexed odsCode, Kind kind);

    /// @notice An organisation left the ICB; its vote ends at the log's block.
    event MemberRemoved(address indexed account, bytes8 indexed odsCode);

    /// @notice Only the DAO's timelock may mint and burn.
    error NotTimelock(address caller);
    /// @notice Votes cannot be delegated: each member votes for itself.
    error VotesNotDelegable();
    /// @notice The address is, or was, a member (an address that left cannot rejoin).
    error AlreadyMember(address account);
    /// @notice The address is not a current member.
    error NotMember(address account);
    /// @notice The ODS code is empty or is not upper-case letters and digits.
    error InvalidOdsCode(bytes8 odsCode);
    /// @notice The organisation kind is Unknown or out of range.
    error InvalidKind(Kind kind);
    /// @notice The lookup timepoint is not in the past.
    error FutureLookup(uint256 timepoint, uint48 clock);

    /// @param timelock The DAO's timelock, the only account that mints and burns.
    /// @param initialMembers Founding members, minted here with votes active from this block.
    constructor(address timelock, InitialMember[] memory initialMembers) ERC721("Bevan ICB Membership", "BMEMBER") {
        if (timelock == address(0)) revert NotTimelock(address(0));
        TIMELOCK = timelock;
        for (uint256 i = 0; i < initialMembers.length; ++i) {
            _addMember(initialMembers[i].account, initialMembers[i].odsCode, initialMembers[i].kind);
        }
    }

    /// @notice Admits an organisation: mints its membership token, with its vote active from this block.
    /// @dev Only the DAO's timelock.
    /// @param account The organisation's address.
    /// @param odsCode Its NHS ODS code (1-8 upper-case letters or digits, left-aligned).
    /// @param kind Its kind of organisation.
    function mint(address account, bytes8 odsCode, Kind kind) external onlyTimelock {
        _addMember(account, odsCode, kind);
    }

    /// @notice Removes an organisation: burns its membership token; its vote ends from this block.
    /// @dev Only the DAO's timelock.
    /// @param account The member's address.
    function burn(address account) external onlyTimelock {
        Member storage m = _members[account];
        if (m.joinedAt == 0 || m.leftAt != 0) revert NotMember(account);
        uint48 nowClock = clock();
        m.leftAt = nowClock;
        _burn(uint256(uint160(account)));
        _totalCheckpoints.push(nowClock, _totalCheckpoints.latest() - 1);
        emit DelegateVotesChanged(account, 1, 0);
        emit MemberRemoved(account, m.odsCode);
    }

    modifier onlyTimelock() {
        if (msg.sender != TIMELOCK) revert NotTimelock(msg.sender);
        _;
    }

    /// @notice The account that administers the collection (ERC-173 style, read-only): the DAO's timelock.
    function owner() external view returns (address) {
        return TIMELOCK;
    }

    /// @notice Whether `account` is a current member.
    function isMember(address account) public view returns (bool) {
        Member storage m = _members[account];
        return m.joinedAt != 0 && m.leftAt == 0;
    }

    /// @notice The membership record of `account` (joinedAt 0 if it never was a member).
    function member(address account) external view returns (bytes8 odsCode, Kind kind, uint48 joinedAt, uint48 leftAt) {
        Member storage m = _members[account];
        return (m.odsCode, m.kind, m.joinedAt, m.leftAt);
    }

    /// @notice The number of current members.
    function memberCount() external view returns (uint256) {
        return _totalCheckpoints.latest();
    }

    // ------------------------------------------------------------ IERC5805

    /// @inheritdoc IERC6372
    function clock() public view returns (uint48) {
        return Time.blockNumber();
    }

    /// @inheritdoc IERC6372
    // solhint-disable-next-line func-name-mixedcase
    function CLOCK_MODE() external pure returns (string memory) {
        return "mode=blocknumber&from=default";
    }

    /// @inheritdoc IVotes
    function getVotes(address account) external view returns (uint256) {
        return isMember(account) ? 1 : 0;
    }

    /// @inheritdoc IVotes
    function getPastVotes(address account, uint256 timepoint) external view returns (uint256) {
        uint48 t = _pastTimepoint(timepoint);
        Member storage m = _members[account];
        return (m.joinedAt != 0 && m.joinedAt <= t && (m.leftAt == 0 || t < m.leftAt)) ? 1 : 0;
    }

    /// @inheritdoc IVotes
    function getPastTotalSupply(uint256 timepoint) external view returns (uint256) {
        return _totalCheckpoints.upperLookupRecent(_pastTimepoint(timepoint));
    }

    /// @notice A member's votes are its own: returns `account` for a current member, else the zero address.
    function delegates(address account) external view returns (address) {
        return isMember(account) ? account : address(0);
    }

    /// @notice Always reverts: votes are not delegable.
    function delegate(address) external pure {
        revert VotesNotDelegable();
    }

    /// @notice Always reverts: votes are not delegable.
    function delegateBySig(address, uint256, uint256, uint8, bytes32, bytes32) external pure {
        revert VotesNotDelegable();
    }

    /// @inheritdoc Soulbound721
    /// @dev IERC5805 declares no functions of its own, so `type(IERC5805).interfaceId` is 0x00000000; its id is
    /// that of all its functions, IVotes' and IERC6372's.
    function supportsInterface(bytes4 interfaceId) public view override returns (bool) {
        return interfaceId == (type(IVotes).interfaceId ^ type(IERC6372).interfaceId)
            || interfaceId == type(IVotes).interfaceId || super.supportsInterface(interfaceId);
    }

    // ------------------------------------------------------------ internals

    function _addMember(address account, bytes8 odsCode, Kind kind) private {
        if (_members[account].joinedAt != 0) revert AlreadyMember(account);
        if (!OdsCode.isValid(odsCode)) revert InvalidOdsCode(odsCode);
        if (kind == Kind.Unknown || uint8(kind) > uint8(Kind.Other)) revert InvalidKind(kind);
        uint48 nowClock = clock();
        _members[account] = Member(nowClock, 0, kind, odsCode);
        _mint(account, uint256(uint160(account)));
        _totalCheckpoints.push(nowClock, _totalCheckpoints.latest() + 1);
        emit Locked(uint256(uint160(account)));
        emit DelegateVotesChanged(account, 0, 1);
        emit MemberAdded(account, odsCode, kind);
    }

    function _pastTimepoint(uint256 timepoint) private view returns (uint48) {
        uint48 current = clock();
        if (timepoint >= current) revert FutureLookup(timepoint, current);
        // casting to 'uint48' is safe because timepoint < current, which is a uint48 (checked on the line above)
        // forge-lint: disable-next-line(unsafe-typecast)
        return uint48(timepoint);
    }
}
