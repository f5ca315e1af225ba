package ems.production;

import java.util.List;

/** What staff look at before deciding: the request's whole history and its current lines against stock. */
public record RequestReview(PoRequestDetail detail, String consigneeName, List<LineStock> stock) {

    public boolean anyShort() {
        return stock.stream().anyMatch(LineStock::anyShort);
    }
}
