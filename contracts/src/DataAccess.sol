// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ERC2771Context} from "@openzeppelin/contracts/metatx/ERC2771Context.sol";
import {Context} from "@openzeppelin/contracts/utils/Context.sol";
import {Membership} from "./Membership.sol";

/// @title DataAccess
/// @notice DAO-approved access to population analytics. A member organisation requests a dataset — a named measure
/// of the analytics (e.g. "consents-by-purpose"), a secondary-use purpose (healthcare research or population
/// health) and a period; only the DAO's timelock, that is an executed DAO proposal, approves it; every release of
/// the dataset to the requester is anchored here by the analytics server (RELEASER_ROLE, granted by the DAO) as the
/// hash of what was released, to whom, at the log's block time. No personal data: measure names, purposes,
/// periods, hashes and organisations' addresses.
contract DataAccess is AccessControl, ERC2771Context {
    /// @notice Role of the analytics servers that record releases. Granted by the DAO's timelock.
    bytes32 public constant RELEASER_ROLE = keccak256("RELEASER_ROLE");

    /// @notice The purposes a dataset may be requested for (ConsentRegistry's numbering): healthcare research.
    uint8 public constant PURPOSE_HRESCH = 3;
    /// @notice Population health.
    uint8 public constant PURPOSE_POPHLTH = 11;

    /// @dev Two storage slots.
    struct Request {
        address requester;
        uint8 purpose;
        uint48 requestedAt;
        uint48 approvedAt; // 0 until approved
        bytes32 measure; // the measure's name, a short string left-aligned
        uint48 periodStart; // unix seconds, inclusive
        uint48 periodEnd; // unix seconds, exclusive
        uint32 releases;
    }

    /// @notice The DAO's membership: only members request datasets.
    Membership public immutable membership;

    /// @notice How many requests were made; ids run from 1 to requestCount.
    uint256 public requestCount;

    mapping(uint256 requestId => Request) private _requests;

    /// @notice A member organisation requested a dataset (at the log's block time).
    event AccessRequested(
        uint256 indexed requestId,
        address indexed requester,
        bytes32 indexed measure,
        uint8 purpose,
        uint48 periodStart,
        uint48 periodEnd
    );
    /// @notice The DAO approved a request (at the log's block time).
    event AccessApproved(uint256 indexed requestId, address indexed requester);
    /// @notice A dataset was released to the requester (at the log's block time); `releaseHash` is the hash of what
    /// was released, `release` its number for the request (from 1).
    event DataReleased(uint256 indexed requestId, address indexed recipient, bytes32 releaseHash, uint32 release);

    /// @notice The sender is not a DAO member.
    error NotMember(address account);
    /// @notice Only HRESCH and POPHLTH may be requested.
    error InvalidPurpose(uint8 purpose);
    /// @notice The measure is empty or the period is empty or reversed.
    error InvalidRequest(bytes32 measure, uint48 periodStart, uint48 periodEnd);
    /// @notice No request has this id.
    error UnknownRequest(uint256 requestId);
    /// @notice The request is already approved.
    error AlreadyApproved(uint256 requestId);
    /// @notice The request is not approved.
    error NotApproved(uint256 requestId);
    /// @notice The release hash is zero.
    error InvalidRelease(uint256 requestId);

    /// @param trustedForwarder The Bevan ERC-2771 forwarder.
    /// @param admin The DAO's timelock: holds DEFAULT_ADMIN_ROLE (approves requests, grants RELEASER_ROLE).
    /// @param membership_ The DAO's membership.
    /// @param releasers Initial holders of RELEASER_ROLE.
    constructor(address trustedForwarder, address admin, Membership membership_, address[] memory releasers)
        ERC2771Context(trustedForwarder)
    {
        membership = membership_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        for (uint256 i = 0; i < releasers.length; ++i) {
            _grantRole(RELEASER_ROLE, releasers[i]);
        }
    }

    /// @notice Requests a dataset for the sender, a DAO member, directly or through the forwarder.
    /// @param measure The analytics measure's name as a left-aligned short string (at most 32 bytes).
    /// @param purpose PURPOSE_HRESCH or PURPOSE_POPHLTH.
    /// @param periodStart Start of the period (unix seconds, inclusive).
    /// @param periodEnd End of the period (unix seconds, exclusive), after its start.
    /// @return requestId The new request's id.
    function request(bytes32 measure, uint8 purpose, uint48 periodStart, uint48 periodEnd)
        external
        returns (uint256 requestId)
    {
        address requester = _msgSender();
        if (!membership.isMember(requester)) revert NotMember(requester);
        if (purpose != PURPOSE_HRESCH && purpose != PURPOSE_POPHLTH) revert InvalidPurpose(purpose);
        if (measure == 0 || periodEnd <= periodStart) revert InvalidRequest(measure, periodStart, periodEnd);
        requestId = ++requestCount;
        _requests[requestId] = Request({
            requester: requester,
            purpose: purpose,
            requestedAt: uint48(block.timestamp),
            approvedAt: 0,
            measure: measure,
            periodStart: periodStart,
            periodEnd: periodEnd,
            releases: 0
        });
        emit AccessRequested(requestId, requester, measure, purpose, periodStart, periodEnd);
    }

    /// @notice Approves a request. Only the DAO's timelock (DEFAULT_ADMIN_ROLE), i.e. an executed DAO proposal.
    /// @param requestId The request.
    function approve(uint256 requestId) external onlyRole(DEFAULT_ADMIN_ROLE) {
        Request storage r = _existing(requestId);
        if (r.approvedAt != 0) revert AlreadyApproved(requestId);
        r.approvedAt = uint48(block.timestamp);
        emit AccessApproved(requestId, r.requester);
    }

    /// @notice Anchors a release of an approved request's dataset to its requester, still a DAO member.
    /// @dev Only RELEASER_ROLE, directly or through the forwarder.
    /// @param requestId The request.
    /// @param releaseHash The hash of what was released (see docs/analytics.md), never zero.
    function recordRelease(uint256 requestId, bytes32 releaseHash) external {
        _checkRole(RELEASER_ROLE, _msgSender());
        Request storage r = _existing(requestId);
        if (r.approvedAt == 0) revert NotApproved(requestId);
        if (releaseHash == 0) revert InvalidRelease(requestId);
        address requester = r.requester;
        if (!membership.isMember(requester)) revert NotMember(requester);
        uint32 n = ++r.releases;
        emit DataReleased(requestId, requester, releaseHash, n);
    }

    /// @notice A request (requester zero if there is none).
    function requestOf(uint256 requestId) external view returns (Request memory) {
        return _requests[requestId];
    }

    /// @notice Whether the request is approved and `account` made it.
    function isApproved(uint256 requestId, address account) external view returns (bool) {
        Request storage r = _requests[requestId];
        return r.approvedAt != 0 && r.requester == account;
    }

    function _existing(uint256 requestId) private view returns (Request storage r) {
        r = _requests[requestId];
        if (r.requester == address(0)) revert UnknownRequest(requestId);
    }

    function _msgSender() internal view override(Context, ERC2771Context) returns (address) {
        return ERC2771Context._msgSender();
    }

    function _msgData() internal view override(Context, ERC2771Context) returns (bytes calldata) {
        return ERC2771Context._msgData();
    }

    function _contextSuffixLength() internal view override(Context, ERC2771Context) returns (uint256) {
        return ERC2771Context._contextSuffixLength();
    }
}
